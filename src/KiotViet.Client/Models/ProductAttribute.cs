using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A product attribute (thuộc tính, e.g. MÀU, SIZE) with the distinct values products use.</summary>
[ApiPath("attributes/allwithdistinctvalue")]
public sealed class ProductAttribute : IKiotVietEntity
{
    private SummarizedList<ProductAttributeValue>? values;

    public long Id { get; set; }

    public string? Name { get; set; }

    /// <summary>How many values: the CSV-friendly twin of Values.</summary>
    [JsonIgnore]
    public int ValueCount => ValuesList?.Count ?? 0;

    [JsonIgnore]
    public SummarizedList<ProductAttributeValue> Values => values ??= SummarizedList.Of(ValuesList);

    [JsonInclude]
    [JsonPropertyName("attributeValues")]
    internal List<ProductAttributeValue>? ValuesList { get; set; }

    public override string ToString() => Name ?? Id.ToString();
}
