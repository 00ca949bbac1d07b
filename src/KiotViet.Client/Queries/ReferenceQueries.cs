using KiotViet.Http;

namespace KiotViet;

/// <summary>Suppliers (GET /suppliers): by code, name, phone and change time, with removed ids.</summary>
public sealed class SupplierQuery : ListQuery<Supplier>
{
    // GET /suppliers (2.26.1) documents orderDirection but no orderBy: no order.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince | SharedListParameters.IncludeRemoved;

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? ContactNumber { get; set; }

    private protected override void AddFilters(QueryString query) => query
        .Add("code", Code)
        .Add("name", Name)
        .Add("contactNumber", ContactNumber);
}

/// <summary>Users (GET /users): change time and removed ids.</summary>
public sealed class UserQuery : ListQuery<User>
{
}

/// <summary>Bank accounts (GET /BankAccounts): change time and removed ids.</summary>
public sealed class BankAccountQuery : ListQuery<BankAccount>
{
}

/// <summary>Surcharges (GET /surchages, the API's spelling), optionally of one branch.</summary>
public sealed class SurchargeQuery : ListQuery<Surcharge>
{
    // GET /surchages (2.10.1) documents no includeRemoveIds.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince | SharedListParameters.Order;

    public long? BranchId { get; set; }

    private protected override void AddFilters(QueryString query) => query.Add("branchId", BranchId);
}

/// <summary>Sale channels (GET /salechannel).</summary>
public sealed class SaleChannelQuery : ListQuery<SaleChannel>
{
    // GET /salechannel (2.18.1) documents no includeRemoveIds.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince | SharedListParameters.Order;
}

/// <summary>Areas (GET /locations).</summary>
public sealed class LocationQuery : ListQuery<Location>
{
    // GET /locations (2.21) documents no query parameter.
    internal override SharedListParameters Documented => SharedListParameters.None;
}

/// <summary>Trademarks (GET /trademark).</summary>
public sealed class TrademarkQuery : ListQuery<Trademark>
{
    // GET /trademark (2.25.1) documents no includeRemoveIds.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince | SharedListParameters.Order;
}

/// <summary>Voucher campaigns (GET /vouchercampaign).</summary>
public sealed class VoucherCampaignQuery : ListQuery<VoucherCampaign>
{
    // GET /vouchercampaign (2.24.1) documents its own filters only.
    internal override SharedListParameters Documented => SharedListParameters.None;
}

/// <summary>Vouchers (GET /voucher), optionally of one campaign.</summary>
public sealed class VoucherQuery : ListQuery<Voucher>
{
    // GET /voucher (2.24.2): lastModifiedFrom in the January 2026 doc only; no removed ids, no order.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince;

    public long? CampaignId { get; set; }

    public int? Status { get; set; }

    /// <summary>One voucher's code (the newer print of 2.24.2); a KiotViet that ignores it answers the whole campaign.</summary>
    public string? Code { get; set; }

    private protected override void AddFilters(QueryString query) => query
        .Add("campaignId", CampaignId)
        .Add("status", Status)
        .Add("code", Code);
}

/// <summary>The shop's webhooks (GET /webhooks): at most one per event type.</summary>
public sealed class WebhookQuery : ListQuery<Webhook>
{
    // GET /webhooks (2.11.11) documents no query parameter.
    internal override SharedListParameters Documented => SharedListParameters.None;
}
