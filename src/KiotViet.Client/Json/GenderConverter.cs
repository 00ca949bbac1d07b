using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiotViet.Json;

/// <summary>Maps KiotViet's boolean gender (true = male) to <see cref="Gender"/>.</summary>
internal sealed class GenderConverter : JsonConverter<Gender>
{
    public override Gender Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => Gender.Male,
        JsonTokenType.False => Gender.Female,
        JsonTokenType.Number => reader.GetInt32() == 1 ? Gender.Male : Gender.Female,
        JsonTokenType.String when bool.TryParse(reader.GetString(), out var male) => male ? Gender.Male : Gender.Female,
        _ => throw new JsonException("Gender must be a boolean."),
    };

    public override void Write(Utf8JsonWriter writer, Gender value, JsonSerializerOptions options) => writer.WriteBooleanValue(value == Gender.Male);
}
