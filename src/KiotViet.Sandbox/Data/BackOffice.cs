namespace KiotViet.Sandbox.Data;

// The back-office records the read endpoints serve, with the documented field names (camelCase in responses).

internal sealed record PriceBook(long Id, string Name, bool IsActive, bool IsGlobal, DateTime StartDate, DateTime EndDate, bool ForAllCusGroup, bool ForAllUser, DateTime CreatedDate, DateTime? ModifiedDate, List<PriceBookBranch> PriceBookBranches, List<PriceBookCustomerGroup> PriceBookCustomerGroups)
{
    [System.Text.Json.Serialization.JsonIgnore] // the sandbox's own, not a field of the API
    public DateTime LastChanged => ModifiedDate ?? CreatedDate;
}

internal sealed record PriceBookBranch(long Id, long PriceBookId, long BranchId, string BranchName);

internal sealed record PriceBookCustomerGroup(long Id, long PriceBookId, long CustomerGroupId, string CustomerGroupName);

/// <summary>A cash book entry; receipts for invoice payments, payments for refunds of returns.</summary>
internal sealed record CashFlow(long Id, string Code, long BranchId, DateTime TransDate, decimal Amount, string Method, bool IsReceipt, string PartnerType, long? PartnerId, string PartnerName, string? ContactNumber, string? Address, long CashFlowGroupId, string CashFlowGroupName, int Status, long UserId, string UserName, long? AccountId, [property: System.Text.Json.Serialization.JsonConverter(typeof(KiotViet.Sandbox.Http.FlagAsIntConverter))] bool UsedForFinancialReporting, string Description, long CreatedBy, DateTime CreatedDate);

internal sealed record ReturnLine(long ProductId, string ProductCode, string ProductName, double Quantity, decimal Price, string? Note)
{
    /// <summary>The line's amount (2.19.1 returnDetails[].subTotal).</summary>
    public decimal SubTotal => Price * (decimal)Quantity;
}

internal sealed record Return(long Id, string Code, long InvoiceId, [property: System.Text.Json.Serialization.JsonIgnore] string InvoiceCode, DateTime ReturnDate, long BranchId, string BranchName, long ReceivedById, string SoldByName, long? CustomerId, string CustomerCode, string CustomerName, decimal ReturnTotal, decimal ReturnDiscount, decimal TotalPayment, int Status, string StatusValue, DateTime CreatedDate, DateTime? ModifiedDate, List<ReturnLine> ReturnDetails, List<Payment> Payments)
{
    [System.Text.Json.Serialization.JsonIgnore] // the sandbox's own, not a field of the API
    public DateTime LastChanged => ModifiedDate ?? CreatedDate;

    /// <summary>The return's VAT (January 2026 doc); the demo shop charges none, as its invoices.</summary>
    public decimal TotalTax => 0m;
}

/// <summary>A line of a purchase, transfer or supplier order; a transfer's Quantity is what was sent, ReceivedQuantity what arrived.</summary>
internal sealed record StockLine(long ProductId, string ProductCode, string ProductName, double Quantity, decimal Price, decimal Discount, double? ReceivedQuantity = null);

internal sealed record PurchaseOrder(long Id, string Code, long BranchId, string BranchName, DateTime PurchaseDate, long SupplierId, string SupplierCode, string SupplierName, long PurchaseById, string PurchaseName, decimal Total, decimal TotalPayment, decimal Discount, int Status, string StatusValue, string? Description, DateTime CreatedDate, DateTime? ModifiedDate, List<StockLine> PurchaseOrderDetails);

internal sealed record Transfer(long Id, string Code, int Status, string StatusValue, long FromBranchId, string FromBranchName, long ToBranchId, string ToBranchName, DateTime DispatchedDate, DateTime? ReceivedDate, decimal TotalTransfer, string? Description, DateTime CreatedDate, DateTime? ModifiedDate, List<StockLine> TransferDetails);

internal sealed record OrderSupplier(long Id, string Code, long BranchId, string BranchName, DateTime OrderDate, long SupplierId, string SupplierCode, string SupplierName, decimal Total, decimal Discount, int Status, string StatusValue, string? Description, DateTime CreatedDate, DateTime? ModifiedDate, List<StockLine> OrderSupplierDetails);

internal sealed record Supplier(long Id, string Code, string Name, string ContactNumber, string? Email, string Address, string LocationName, string WardName, string? TaxCode, string? Organization, string? Comments, decimal Debt, decimal TotalInvoiced, bool IsActive, long BranchId, long RetailerId, DateTime CreatedDate, DateTime? ModifiedDate)
{
    [System.Text.Json.Serialization.JsonIgnore] // the sandbox's own, not a field of the API
    public DateTime LastChanged => ModifiedDate ?? CreatedDate;

    /// <summary>Invoiced less purchase returns (2.26.1); the sandbox has no purchase returns.</summary>
    public decimal TotalInvoicedWithoutReturn => TotalInvoiced;
}

internal sealed record User(long Id, string UserName, string GivenName, string MobilePhone, string? Email, string? Address, DateTime? BirthDate, string? Description, bool IsActive, long RetailerId, DateTime CreatedDate, DateTime? ModifiedDate)
{
    [System.Text.Json.Serialization.JsonIgnore] // the sandbox's own, not a field of the API
    public DateTime LastChanged => ModifiedDate ?? CreatedDate;
}

internal sealed record BankAccount(long Id, string BankName, string AccountNumber, string? Description, long RetailerId, DateTime CreatedDate, DateTime? ModifiedDate)
{
    [System.Text.Json.Serialization.JsonIgnore] // the sandbox's own, not a field of the API
    public DateTime LastChanged => ModifiedDate ?? CreatedDate;
}

/// <summary>A surcharge as 2.10.1 prints it (createDate, retailerId), with the fields the module also reads (isActive, isAuto, isReturnAuto, branchId).</summary>
internal sealed record Surcharge(long Id, string SurchargeCode, string SurchargeName, decimal? Value, decimal? ValueRatio, bool IsActive, bool IsAuto, bool IsReturnAuto, long? BranchId, long RetailerId, DateTime CreateDate, DateTime? ModifiedDate = null)
{
    [System.Text.Json.Serialization.JsonIgnore] // the sandbox's own, not a field of the API
    public DateTime LastChanged => ModifiedDate ?? CreateDate;
}

internal sealed record SaleChannel(long Id, string Name, bool IsActive, int Position, bool IsNotDelete, DateTime CreatedDate);

internal sealed record Location(long Id, string Name, string NormalName);

/// <summary>2.25.1 names the id tradeMarkId and prints no id.</summary>
internal sealed record Trademark([property: System.Text.Json.Serialization.JsonIgnore] long Id, string TradeMarkName, DateTime CreatedDate, DateTime? ModifiedDate)
{
    /// <summary>2.25.1 names the id tradeMarkId.</summary>
    public long TradeMarkId => Id;
}

/// <summary>A voucher campaign; 2.24.1 prints no created or modified date, so they are not sent.</summary>
internal sealed record VoucherCampaign(long Id, string Code, string Name, bool IsActive, DateTime StartDate, DateTime EndDate, decimal Price, decimal PrereqPrice, int Quantity, int ExpireTime, bool IsGlobal, bool UseVoucherCombineInvoice,
    [property: System.Text.Json.Serialization.JsonIgnore] DateTime CreatedDate, [property: System.Text.Json.Serialization.JsonIgnore] DateTime? ModifiedDate)
{
    /// <summary>2.24.1: whether every customer group and every user may use it; a global campaign is for all.</summary>
    public bool ForAllCusGroup => IsGlobal;

    public bool ForAllUser => IsGlobal;
}

/// <summary>A voucher; Status as 2.24.2 documents it: 0 not released, 1 released, 2 used, 3 cancelled.</summary>
internal sealed record Voucher(long Id, string Code, long VoucherCampaignId, int Status, DateTime? ReleaseDate, DateTime? ExpireDate, DateTime? UsedDate, decimal Price);

/// <summary>A coupon; the API only marks it used (2.23).</summary>
internal sealed record Coupon(string Code, bool IsUsed, DateTime? UsedDate);

internal sealed record ProductAttributeValue(long AttributeId, string Value);

internal sealed record ProductAttribute(long Id, string Name, List<ProductAttributeValue> AttributeValues);

/// <summary>An id removed (deleted or deactivated) at a time, reported with includeRemoveIds.</summary>
internal sealed record Removal(long Id, DateTime At);
