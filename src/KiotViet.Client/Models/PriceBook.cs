using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A price book (bảng giá): its validity and scope; branches and customer groups as summaries.</summary>
[ApiPath("pricebooks")]
public sealed class PriceBook : ITrackedEntity
{
    private SummarizedList<PriceBookBranch>? branches;
    private SummarizedList<PriceBookCustomerGroup>? customerGroups;

    public long Id { get; set; }

    public string? Name { get; set; }

    public bool? IsActive { get; set; }

    /// <summary>True when it applies to every branch.</summary>
    public bool? IsGlobal { get; set; }

    public DateTimeOffset? StartDate { get; set; }

    public DateTimeOffset? EndDate { get; set; }

    /// <summary>True when it applies to every customer group.</summary>
    public bool? ForAllCusGroup { get; set; }

    /// <summary>True when every user may sell with it.</summary>
    public bool? ForAllUser { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    /// <summary>How many branches: the CSV-friendly twin of Branches.</summary>
    [JsonIgnore]
    public int BranchCount => BranchesList?.Count ?? 0;

    [JsonIgnore]
    public SummarizedList<PriceBookBranch> Branches => branches ??= SummarizedList.Of(BranchesList);

    [JsonInclude]
    [JsonPropertyName("priceBookBranches")]
    internal List<PriceBookBranch>? BranchesList { get; set; }

    /// <summary>How many customerGroups: the CSV-friendly twin of CustomerGroups.</summary>
    [JsonIgnore]
    public int CustomerGroupCount => CustomerGroupsList?.Count ?? 0;

    [JsonIgnore]
    public SummarizedList<PriceBookCustomerGroup> CustomerGroups => customerGroups ??= SummarizedList.Of(CustomerGroupsList);

    [JsonInclude]
    [JsonPropertyName("priceBookCustomerGroups")]
    internal List<PriceBookCustomerGroup>? CustomerGroupsList { get; set; }

    public override string ToString() => Name ?? Id.ToString();
}
