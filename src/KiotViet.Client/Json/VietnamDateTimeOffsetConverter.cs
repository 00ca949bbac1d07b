using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiotViet.Json;

/// <summary>Reads KiotViet dates (local time without offset, or webhook dates with offset); writes local time without offset.</summary>
internal sealed class VietnamDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A date was expected, not a {reader.TokenType}.");
        }

        var text = reader.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new JsonException("Empty date.");
        }

        try
        {
            return VietnamTime.Parse(text!);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            // The serializer adds the field's path ($.data[3].modifiedDate) to the error.
            throw new JsonException($"'{(text!.Length <= 40 ? text : text.Substring(0, 40) + "…")}' is not a date.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(VietnamTime.Format(value));
}
