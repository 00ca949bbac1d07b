using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>A product category (nhóm hàng), up to three levels deep.</summary>
public sealed class Category : IKiotVietEntity
{
    private SummarizedList<Category>? children;

    [JsonPropertyName("categoryId")]
    public long Id { get; set; }

    public long? ParentId { get; set; }

    public string? CategoryName { get; set; }

    public bool? HasChild { get; set; }

    /// <summary>Names from the root down, e.g. "Đồ uống > Cà phê" (filled when listed as a tree).</summary>
    public string? Path { get; set; }

    /// <summary>0 for a root category.</summary>
    public int Depth { get; set; }

    public long RetailerId { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    [JsonIgnore]
    public SummarizedList<Category> Children => children ??= new SummarizedList<Category>(ChildList ?? new List<Category>(), c => c.CategoryName ?? c.Id.ToString());

    [JsonInclude]
    [JsonPropertyName("children")]
    internal List<Category>? ChildList { get; set; }

    public override string ToString() => Path ?? CategoryName ?? Id.ToString();
}
