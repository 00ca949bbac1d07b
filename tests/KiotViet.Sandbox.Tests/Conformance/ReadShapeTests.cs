using System.Text.Json.Nodes;
using KiotViet.Conformance;

namespace KiotViet.Sandbox.Tests.Conformance;

/// <summary>
/// Every documented read the sandbox serves answers on the documented route with the documented shape (the newest
/// print). The differences the sandbox is known to have are listed in <see cref="Known"/>, each with its reason; any
/// other difference fails, and a listed one that no longer occurs fails too, so the list only shrinks.
/// </summary>
public sealed class ReadShapeTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture shop;

    public ReadShapeTests(SandboxFixture shop) => this.shop = shop;

    // operation file -> (route; "{id}" is the first row's id of the listing named after the bar).
    public static TheoryData<string, string> Reads => new()
    {
        { "2.3.1-get-categories", "categories" },
        { "2.3.2-get-categories-id", "categories/{id}|categories" },
        { "2.4.1-get-products", "products?includeInventory=true&includePricebook=true" },
        { "2.4.2-get-products-id", "products/{id}|products" },
        { "2.4.9-get-productonhands", "productOnHands" },
        { "2.5.1-get-orders", "orders" },
        { "2.5.2-get-orders-id", "orders/{id}|orders" },
        { "2.6.1-get-customers", "customers?includeTotal=true&includeCustomerGroup=true" },
        { "2.6.2-get-customers-id", "customers/{id}|customers" },
        { "2.7-get-branches", "branches" },
        { "2.8-get-users", "users" },
        { "2.9-get-bankaccounts", "BankAccounts" },
        { "2.10.1-get-surchages", "surchages" },
        { "2.12.1-get-invoices", "invoices?includePayment=true&includeInvoiceDelivery=true" },
        { "2.12.2-get-invoices-id", "invoices/{id}|invoices" },
        { "2.13.1-get-customers-group", "customers/group" },
        { "2.14.1-get-cashflow", "cashflow" },
        { "2.15.1-get-purchaseorders", "purchaseorders" },
        { "2.15.2-get-purchaseorders-id", "purchaseorders/{id}|purchaseorders" },
        { "2.16.1-get-transfers", "transfers" },
        { "2.16.2-get-transfers-id", "transfers/{id}|transfers" },
        { "2.17.1-get-pricebooks", "pricebooks" },
        { "2.17.2-get-pricebooks-id", "pricebooks/{id}|pricebooks" },
        { "2.18.1-get-salechannel", "salechannel" },
        { "2.19.1-get-returns", "returns" },
        { "2.19.2-get-returns-id", "returns/{id}|returns" },
        { "2.20.1-get-ordersuppliers", "ordersuppliers" },
        { "2.20.2-get-ordersuppliers-id", "ordersuppliers/{id}|ordersuppliers" },
        { "2.21-get-locations", "locations" },
        { "2.24.1-get-vouchercampaign", "vouchercampaign" },
        { "2.24.2-get-voucher", "voucher" },
        { "2.25.1-get-trademark", "trademark" },
        { "2.26.1-get-suppliers", "suppliers" },
        { "2.26.2-get-suppliers-id", "suppliers/{id}|suppliers" },
    };

    // operation file -> the differences the sandbox had when this test was written (04/12/2026), to be fixed in the
    // sandbox: fields it sends that the doc does not print for that operation (a timestamp on every list where only
    // 2.3.1 and 2.7 print one, pageSize where 2.13.1/2.24.x print none, its own extra row fields), documented fields it
    // does not send (mostly numbers and flags of rows it never needed: isMaster, masterUnitId, tradeMarkId, ...),
    // and a few types (cashflow usedForFinancialReporting a boolean where the doc prints int).
    private static readonly Dictionary<string, string[]> Known = new()
    {
        ["2.4.1-get-products"] = new[] { "data[].isActive", "data[].masterUnitId", "data[].tradeMarkId", "data[].type" },
        ["2.4.2-get-products-id"] = new[] { "isActive", "masterUnitId", "tradeMarkId" },
        ["2.5.2-get-orders-id"] = new[] { "customerCode" },
        ["2.6.1-get-customers"] = new[] { "data[].branchId", "data[].customerGroupDetails", "data[].type" },
        ["2.6.2-get-customers-id"] = new[] { "branchId", "customerGroupDetails", "type" },
        ["2.8-get-users"] = new[] { "data[].isActive", "data[].modifiedDate" },
        ["2.10.1-get-surchages"] = new[] { "data[].branchId", "data[].isActive", "data[].isAuto", "data[].isReturnAuto", "data[].valueRatio" },
        ["2.12.1-get-invoices"] = new[] { "data[].description", "data[].discount", "data[].orderCode", "data[].orderId", "data[].retailerId" },
        ["2.12.2-get-invoices-id"] = new[] { "discount", "retailerId" },
        ["2.14.1-get-cashflow"] = new[] { "data[].accountId", "data[].cashFlowGroupName", "data[].createdDate", "data[].description", "data[].isReceipt", "data[].userId", "data[].userName" },
        ["2.15.1-get-purchaseorders"] = new[] { "data[].createdDate", "data[].description", "data[].discountRatio", "data[].purchaseOrderDetails[].discount", "data[].status", "data[].statusValue", "data[].totalPayment" },
        ["2.15.2-get-purchaseorders-id"] = new[] { "createdDate", "discountRatio", "purchaseOrderDetails[].discount", "retailerId", "status", "statusValue", "totalPayment" },
        ["2.16.1-get-transfers"] = new[] { "data[].createdDate", "data[].fromBranchName", "data[].isActive", "data[].modifiedDate", "data[].receivedDate", "data[].statusValue", "data[].toBranchName", "data[].totalTransfer", "data[].transferDetails[].productName" },
        ["2.16.2-get-transfers-id"] = new[] { "createdById", "createdDate", "dispatchedDate", "isActive", "modifiedDate", "retailerId", "statusValue", "totalTransfer", "transferDetails" },
        ["2.17.1-get-pricebooks"] = new[] { "data[].createdDate", "data[].modifiedDate" },
        ["2.17.2-get-pricebooks-id"] = new[] { "data[].productName" },
        ["2.18.1-get-salechannel"] = new[] { "data[].createdDate", "data[].position" },
        ["2.19.1-get-returns"] = new[] { "data[].returnDiscount" },
        ["2.24.2-get-voucher"] = new[] { "data[].partnerId", "data[].sellType" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_documented_read_is_answered_with_the_documented_shape(string file, string route)
    {
        using var client = await shop.FreshClientAsync();
        var operation = ApiReference.Operation(file);
        var relative = await ResolveAsync(client, route);

        var (_, differences) = await SandboxConformance.AnswerAsync(client, operation, HttpMethod.Get, relative);

        var known = Known.TryGetValue(file, out var paths) ? paths : Array.Empty<string>();
        SandboxConformance.AssertConforms(operation, differences, known);
        Assert.All(known, path => Assert.Contains(differences, d => d.Path == path)); // a fixed difference leaves the list
    }

    // The January 2026 doc adds totalTax to orders, invoices and returns: the demo shop charges no VAT and says so
    // with 0 on every row (and by id), rather than leaving the field out.
    [Theory]
    [InlineData("orders")]
    [InlineData("invoices")]
    [InlineData("returns")]
    public async Task Sale_documents_print_their_VAT_total(string collection)
    {
        using var client = await shop.FreshClientAsync();
        var rows = (await client.GetJsonAsync(collection)).GetProperty("data").EnumerateArray().ToList();
        var one = await client.GetJsonAsync($"{collection}/{rows[0].GetProperty("id").GetInt64()}");

        Assert.All(rows.Append(one), row => Assert.Equal(0m, row.GetProperty("totalTax").GetDecimal()));
    }

    private static async Task<string> ResolveAsync(ApiClient client, string route)
    {
        var parts = route.Split('|');
        if (parts.Length == 1)
        {
            return route;
        }

        var list = await client.GetJsonAsync(parts[1]);
        var first = list.GetProperty("data").EnumerateArray().First();
        var id = first.TryGetProperty("id", out var value) ? value : first.GetProperty("categoryId");
        return parts[0].Replace("{id}", id.GetRawText());
    }
}
