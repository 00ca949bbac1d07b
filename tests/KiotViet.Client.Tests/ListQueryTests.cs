using Xunit;

namespace KiotViet.Client.Tests;

/// <summary>Each listing's query, as the endpoint documents its parameters.</summary>
public class ListQueryTests
{
    private static readonly DateTime Day = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static TheoryData<string, string, string> Queries => new()
    {
        { "stock", "productOnHands", "branchIds=1001%2C1002&lastModifiedFrom=2026-11-01T00%3A00%3A00" },
        { "price books", "pricebooks", "includePriceBookBranch=true&includePriceBookCustomerGroups=true" },
        { "price book prices", "pricebooks/400001", "" },
        { "cash flow", "cashflow", "branchIds=1001&startDate=2026-11-01T00%3A00%3A00&isReceipt=false&method=Cash&partnerType=C&status=0" },
        { "returns", "returns", "fromReturnDate=2026-11-01T00%3A00%3A00&lastModifiedFrom=2026-11-01T00%3A00%3A00&orderBy=returnDate&orderDirection=Desc" },
        { "purchases", "purchaseorders", "branchIds=1001&status=3&fromPurchaseDate=2026-11-01T00%3A00%3A00" },
        { "transfers", "transfers", "fromBranchIds=1001&toReceivedDate=2026-11-01T00%3A00%3A00" },
        { "supplier orders", "ordersuppliers", "branchId=1001&status=2" },
        { "suppliers", "suppliers", "name=C%C3%A0%20ph%C3%AA&lastModifiedFrom=2026-11-01T00%3A00%3A00&includeRemoveIds=true" },
        { "users", "users", "lastModifiedFrom=2026-11-01T00%3A00%3A00&includeRemoveIds=true" },
        { "bank accounts", "BankAccounts", "" },
        { "surcharges", "surchages", "branchId=1001" },
        { "sale channels", "salechannel", "" },
        { "locations", "locations", "" },
        { "trademarks", "trademark", "" },
        { "voucher campaigns", "vouchercampaign", "" },
        { "vouchers", "voucher", "campaignId=1200001&status=3" },
        { "webhooks", "webhooks", "" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Each_query_names_its_endpoint_and_sends_the_documented_parameters(string name, string path, string query)
    {
        var (actualPath, actualQuery) = Build(name);

        Assert.Equal(path, actualPath);
        Assert.Equal(query, actualQuery);
    }

    // 2.20.1 documents one branchId and one status, and no date range: what it would ignore is refused before sending.
    [Theory]
    [InlineData("branches", "branchIds (several branches)")]
    [InlineData("statuses", "several statuses")]
    [InlineData("from", "a date range")]
    [InlineData("to", "a date range")]
    public void A_supplier_order_filter_the_read_does_not_document_is_refused_before_sending(string given, string named)
    {
        var query = new OrderSupplierQuery();
        switch (given)
        {
            case "branches": query.BranchIds = new long[] { 1001, 1002 }; break;
            case "statuses": query.Statuses = new long[] { 1, 2 }; break;
            case "from": query.FromDate = Day; break;
            default: query.ToDate = Day; break;
        }

        var refused = Assert.Throws<ArgumentException>(() => query.ToQueryString());

        Assert.Contains($"GET /ordersuppliers does not document {named}", refused.Message);
    }

    [Fact]
    public void Prices_carry_the_price_book_they_were_read_from()
    {
        var row = new PriceBookDetail { Id = 5000001, Price = 9000m };

        new PriceBookDetailQuery { PriceBookId = 400002 }.Complete(row);

        Assert.Equal(400002, row.PriceBookId);
    }

    private static (string Path, string Query) Build(string name) => name switch
    {
        "stock" => Of(new StockQuery { BranchIds = new long[] { 1001, 1002 }, ModifiedSince = Day }),
        "price books" => Of(new PriceBookQuery { IncludeScope = true }),
        "price book prices" => Of(new PriceBookDetailQuery { PriceBookId = 400001 }),
        "cash flow" => Of(new CashFlowQuery { BranchIds = new long[] { 1001 }, FromDate = Day, IsReceipt = false, Method = "Cash", PartnerType = "C", Status = 0 }),
        "returns" => Of(new ReturnQuery { FromReturnDate = Day, ModifiedSince = Day, OrderBy = "ReturnDate", Descending = true }),
        "purchases" => Of(new PurchaseOrderQuery { BranchIds = new long[] { 1001 }, Statuses = new long[] { 3 }, FromDate = Day }),
        "transfers" => Of(new TransferQuery { BranchIds = new long[] { 1001 }, ToDate = Day }),
        "supplier orders" => Of(new OrderSupplierQuery { BranchIds = new long[] { 1001 }, Statuses = new long[] { 2 } }),
        "suppliers" => Of(new SupplierQuery { Name = "Cà phê", ModifiedSince = Day, IncludeRemoved = true }),
        "users" => Of(new UserQuery { ModifiedSince = Day, IncludeRemoved = true }),
        "bank accounts" => Of(new BankAccountQuery()),
        "surcharges" => Of(new SurchargeQuery { BranchId = 1001 }),
        "sale channels" => Of(new SaleChannelQuery()),
        "locations" => Of(new LocationQuery()),
        "trademarks" => Of(new TrademarkQuery()),
        "voucher campaigns" => Of(new VoucherCampaignQuery()),
        "vouchers" => Of(new VoucherQuery { CampaignId = 1200001, Status = 3 }),
        "webhooks" => Of(new WebhookQuery()),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static (string Path, string Query) Of<T>(ListQuery<T> query)
        where T : class, IKiotVietEntity
    {
        var full = query.ToQueryString().AppendTo(query.Path);
        var at = full.IndexOf('?');
        return at < 0 ? (full, "") : (full[..at], full[(at + 1)..]);
    }
}
