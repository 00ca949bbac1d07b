using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiotViet.Json;

/// <summary>
/// Reads a list that KiotViet's documentation prints sometimes as a single object (an order's <c>orderDetails</c>, an
/// invoice's <c>invoiceDetails</c> in most answers) and sometimes as an array: either becomes a list.
/// </summary>
internal sealed class OneOrManyConverter<T> : JsonConverter<List<T>>
    where T : class
{
    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject:
                var single = JsonSerializer.Deserialize<T>(ref reader, options);
                return single is null ? new List<T>() : new List<T> { single };
            case JsonTokenType.StartArray:
                var list = new List<T>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.Null && JsonSerializer.Deserialize<T>(ref reader, options) is { } item)
                    {
                        list.Add(item);
                    }
                }

                return list;
            default:
                throw new JsonException($"A list or an object was expected, not a {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, options);
        }

        writer.WriteEndArray();
    }
}
