using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

/// <summary>What a sale does to the rest of the shop: an invoice takes its lines out of stock and a cancel puts them back; each payment is a receipt in the cash book.</summary>
public sealed class SaleEffectTests
{
    [Fact]
    public async Task An_invoice_takes_its_lines_out_of_the_branchs_stock_an_update_replaces_them_and_a_cancel_puts_them_back()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 3, OrderCount = 0 });
        using var client = await ApiClient.ConnectAsync(server);
        const long Branch = 1001;
        var before = await OnHand(client, Branch, "SP000001", "SP000002");

        var (created, invoice) = await client.SendAsync(HttpMethod.Post, "invoices", new { branchId = Branch, invoiceDetails = new[] { new { productCode = "SP000001", quantity = 3, price = 15000 } } });
        var afterCreate = await OnHand(client, Branch, "SP000001", "SP000002");
        var id = invoice.GetProperty("id").GetInt64();
        var (updated, _) = await client.SendAsync(HttpMethod.Put, $"invoices/{id}", new { invoiceDetails = new[] { new { productCode = "SP000002", quantity = 2, price = 30000 } } });
        var afterUpdate = await OnHand(client, Branch, "SP000001", "SP000002");
        var (cancelled, _) = await client.SendAsync(HttpMethod.Delete, "invoices", new { id, isVoidPayment = false });
        var afterCancel = await OnHand(client, Branch, "SP000001", "SP000002");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(new[] { before[0] - 3, before[1] }, afterCreate);
        Assert.Equal(new[] { before[0], before[1] - 2 }, afterUpdate);
        Assert.Equal(before, afterCancel);
    }

    [Fact]
    public async Task Each_payment_is_a_receipt_in_the_cash_book_and_voiding_it_cancels_the_receipt()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 3, OrderCount = 0 });
        using var client = await ApiClient.ConnectAsync(server);
        var (_, invoice) = await client.SendAsync(HttpMethod.Post, "invoices", new { totalPayment = 10000, method = "Cash", invoiceDetails = new[] { new { productCode = "SP000001", quantity = 2, price = 15000 } } });
        var id = invoice.GetProperty("id").GetInt64();
        var (paid, payment) = await client.SendAsync(HttpMethod.Post, "payments", new { invoiceId = id, amount = 5000, method = "Cash" });

        var receipts = await Receipts(client, invoice.GetProperty("code").GetString()!);
        await client.SendAsync(HttpMethod.Delete, "invoices", new { id, isVoidPayment = true });
        var voided = await Receipts(client, invoice.GetProperty("code").GetString()!);

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(new[] { 10000m, 5000m }, receipts.Select(r => r.GetProperty("amount").GetDecimal()));
        Assert.Contains(receipts, r => r.GetProperty("code").GetString() == payment.GetProperty("paymentCode").GetString());
        Assert.All(receipts, r => Assert.Equal(0, r.GetProperty("status").GetInt32()));
        Assert.Equal(2, voided.Count);
        Assert.All(voided, r => Assert.Equal(1, r.GetProperty("status").GetInt32()));
    }

    private static async Task<double[]> OnHand(ApiClient client, long branchId, params string[] codes)
    {
        var rows = (await client.GetJsonAsync($"productOnHands?pageSize=100&branchIds={branchId}")).GetProperty("data").EnumerateArray().ToList();
        return codes.Select(code => rows.Single(r => r.GetProperty("code").GetString() == code).GetProperty("inventories")[0].GetProperty("onhand").GetDouble()).ToArray();
    }

    private static async Task<List<JsonElement>> Receipts(ApiClient client, string invoiceCode) =>
        (await client.GetJsonAsync("cashflow?pageSize=100&isReceipt=true")).GetProperty("data").EnumerateArray()
            .Where(c => c.GetProperty("description").GetString()!.EndsWith(invoiceCode, StringComparison.Ordinal))
            .OrderBy(c => c.GetProperty("id").GetInt64())
            .ToList();
}
