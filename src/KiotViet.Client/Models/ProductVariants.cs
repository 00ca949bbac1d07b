using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>An attribute of a product variant (thuộc tính), e.g. Màu: Đỏ; as a write sends it and a read shows it.</summary>
public sealed class ProductAttributeDraft
{
    public string? AttributeName { get; set; }

    public string? AttributeValue { get; set; }

    public override string ToString() => $"{AttributeName}: {AttributeValue}";
}

/// <summary>
/// One unit of a product family (đơn vị tính) as a product read lists it in <c>units</c>: another product whose
/// master unit is this family's base, holding <see cref="ConversionValue"/> base units (a "thùng" of 24 "lon").
/// </summary>
public sealed class ProductUnit
{
    public long Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? FullName { get; set; }

    public string? Unit { get; set; }

    public decimal? ConversionValue { get; set; }

    public decimal? BasePrice { get; set; }

    public override string ToString() => $"{Unit} x{ConversionValue:0.###} ({Code})";
}

/// <summary>A tax named by id in a product write: <c>{"taxId": …}</c> (productTaxs, purchaseTax; January 2026 doc).</summary>
public sealed class ProductTaxReference
{
    public int TaxId { get; set; }
}

/// <summary>Product images as either print has them: <c>["url"]</c> (2.4.2) or <c>[{"Image": "url"}]</c> (2.4.1).</summary>
internal sealed class ProductImagesConverter : JsonConverter<List<string>>
{
    public override List<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var images = new List<string>();
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return images;
        }

        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                images.Add(item.GetString()!);
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in item.EnumerateObject())
                {
                    if (string.Equals(property.Name, "image", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        images.Add(property.Value.GetString()!);
                    }
                }
            }
        }

        return images;
    }

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
