using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiotViet.Json;

/// <summary>
/// A yes/no field the documentation types as int where answers have been written as a boolean, or the other way
/// round (cashflow's usedForFinancialReporting: int in 2.14.1): true, false, 1 and 0 (and null) are all read.
/// </summary>
internal sealed class FlagConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number when reader.TryGetInt64(out var number) => number != 0,
        _ => throw new JsonException($"A yes/no value was expected (true, false, 1 or 0), not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
