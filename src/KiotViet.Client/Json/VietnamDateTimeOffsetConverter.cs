using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiotViet.Json;

/// <summary>Reads KiotViet dates (local time without offset, or webhook dates with offset); writes local time without offset.</summary>
internal sealed class VietnamDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new JsonException("Empty date.");
        }

        return VietnamTime.Parse(text!);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(VietnamTime.Format(value));
}
