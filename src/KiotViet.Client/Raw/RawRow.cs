using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using KiotViet.Json;

namespace KiotViet;

/// <summary>
/// One row of a listing read through a raw request: the JSON as sent. Its Id is the row's <c>id</c>; a row without one
/// is identified by its content, so paging still drops the rows an overlapping page repeats.
/// </summary>
[JsonConverter(typeof(RawRowConverter))]
public sealed class RawRow : IKiotVietEntity
{
    internal RawRow(JsonElement value)
    {
        Value = value;
        Id = value.TryGetPropertyIgnoreCase("id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var number)
            ? number
            : ContentId(value.GetRawText());
    }

    public long Id { get; }

    public JsonElement Value { get; }

    /// <summary>A stable positive number from the row's text (FNV-1a), for rows the API gives no id.</summary>
    private static long ContentId(string text)
    {
        unchecked
        {
            var hash = 14695981039346656037UL;
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                hash = (hash ^ b) * 1099511628211UL;
            }

            return (long)(hash & long.MaxValue);
        }
    }

    private sealed class RawRowConverter : JsonConverter<RawRow>
    {
        public override RawRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return new RawRow(document.RootElement.Clone());
        }

        public override void Write(Utf8JsonWriter writer, RawRow value, JsonSerializerOptions options) => value.Value.WriteTo(writer);
    }
}
