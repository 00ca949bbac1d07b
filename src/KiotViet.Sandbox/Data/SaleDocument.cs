using System.Text.Json.Serialization;

namespace KiotViet.Sandbox.Data;

/// <summary>The header fields invoices and orders share: who sold what to whom, where and when.</summary>
internal abstract class SaleDocument
{
    public long Id { get; init; }
    public string Code { get; init; } = string.Empty;
    public DateTime PurchaseDate { get; set; }
    public long BranchId { get; private set; }
    public string BranchName { get; private set; } = string.Empty;
    public long SoldById { get; private set; }
    public string SoldByName { get; private set; } = string.Empty;
    public long? CustomerId { get; private set; }
    public string CustomerCode { get; private set; } = string.Empty;
    public string CustomerName { get; private set; } = string.Empty;
    public decimal Total { get; set; }
    public decimal TotalPayment { get; set; }
    public decimal Discount { get; set; }
    public int Status { get; set; }
    public string? Description { get; set; }
    public bool UsingCod { get; init; }
    public long RetailerId { get; init; }
    public DateTime CreatedDate { get; init; }
    public DateTime? ModifiedDate { get; set; }

    [JsonIgnore]
    public DateTime LastChanged => ModifiedDate ?? CreatedDate;

    /// <summary>Sets branch, seller and customer (null = walk-in "Khách lẻ"); returns the document for chaining.</summary>
    public T With<T>(Branch branch, Seller seller, Customer? customer)
        where T : SaleDocument
    {
        BranchId = branch.Id;
        BranchName = branch.BranchName;
        SoldById = seller.Id;
        SoldByName = seller.Name;
        CustomerId = customer?.Id;
        CustomerCode = customer?.Code ?? string.Empty;
        CustomerName = customer?.Name ?? "Khách lẻ";
        return (T)this;
    }
}
