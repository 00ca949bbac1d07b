using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>
/// Stock on hand of a product (GET /productOnHands): one row per product, its branches as a summary, OnHand their total.
/// As 2.4.9 prints it: the product by id and code (no name), each branch by id with onhand and reserved.
/// </summary>
[ApiPath("productOnHands")]
public sealed class ProductStock : ITrackedEntity
{
    private SummarizedList<BranchStock>? branches;

    /// <summary>The product id.</summary>
    public long Id { get; set; }

    public string? Code { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    /// <summary>How many branches: the CSV-friendly twin of Branches.</summary>
    [JsonIgnore]
    public int BranchCount => BranchesList?.Count ?? 0;

    [JsonIgnore]
    public SummarizedList<BranchStock> Branches => branches ??= SummarizedList.Of(BranchesList);

    [JsonInclude]
    [JsonPropertyName("inventories")]
    internal List<BranchStock>? BranchesList { get; set; }

    /// <summary>Stock on hand across the branches listed.</summary>
    [JsonIgnore]
    public decimal OnHand => System.Linq.Enumerable.Sum(Branches, b => b.OnHand);

    public override string ToString() => Code ?? Id.ToString();
}
