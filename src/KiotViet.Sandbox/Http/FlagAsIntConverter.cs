using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiotViet.Sandbox.Http;

/// <summary>A yes/no field the reference types as int (cashflow's usedForFinancialReporting, 2.14.1): written 1 or 0.</summary>
internal sealed class FlagAsIntConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number ? reader.GetInt64() != 0 : reader.GetBoolean();

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteNumberValue(value ? 1 : 0);
}
