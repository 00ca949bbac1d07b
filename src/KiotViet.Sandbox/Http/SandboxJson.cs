using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace KiotViet.Sandbox.Http;

/// <summary>The JSON dialects of the API: camelCase responses with local dates, PascalCase webhook payloads.</summary>
internal static class SandboxJson
{
    public static readonly JsonSerializerOptions Api = Create(JsonNamingPolicy.CamelCase);

    public static readonly JsonSerializerOptions Webhook = Create(null);

    /// <summary>"2025-06-17T14:34:09.013": Vietnam local time, milliseconds when not zero, no offset.</summary>
    public static string FormatLocal(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF", CultureInfo.InvariantCulture).TrimEnd('.');

    private static JsonSerializerOptions Create(JsonNamingPolicy? naming)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = naming,
            DictionaryKeyPolicy = null,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.Converters.Add(new LocalDateConverter());
        options.MakeReadOnly(true);
        return options;
    }

    /// <summary>Writes dates as "2025-06-17T14:34:09.013" (no offset); reads them as Vietnam time.</summary>
    private sealed class LocalDateConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            VietnamTime.TryParse(reader.GetString(), out var value) ? value : throw new JsonException("Not a date.");

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(FormatLocal(value));
    }
}
