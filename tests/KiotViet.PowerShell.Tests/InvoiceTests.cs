using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class InvoiceTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public InvoiceTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Lists_every_invoice_with_typed_lines()
    {
        var result = shop.Shell.Run("Get-KvInvoice").ShouldSucceed();

        Assert.Equal(shop.Sandbox.Options.InvoiceCount, result.Output.Count);
        var invoice = result.Output.First(o => (int)o.Properties["LineCount"].Value > 0);
        var lines = (System.Collections.IEnumerable)invoice.Properties["Lines"].Value;
        Assert.NotEmpty(lines.Cast<object>());
        Assert.Equal("KiotViet.InvoiceLine", lines.Cast<object>().First().GetType().FullName);
    }

    [Fact]
    public void Piped_customer_gets_only_its_own_invoices()
    {
        var customer = shop.Shell.Run("@(Get-KvInvoice -First 50 | Where-Object CustomerCode)[0].CustomerCode").ShouldSucceed().Output.Single().ToString();

        var result = shop.Shell.Run($"Get-KvCustomer -Code '{customer}' | Get-KvInvoice").ShouldSucceed();

        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, o => Assert.Equal(customer, o.Properties["CustomerCode"].Value));
        Assert.Contains(shop.Controls.Requests, r => r.Path == "/invoices" && r.QueryString.Contains("customerIds="));
    }

    [Theory]
    [InlineData("Completed", 1)]
    [InlineData("2", 2)]
    public void Status_filter_accepts_names_and_numbers(string status, int expected)
    {
        var result = shop.Shell.Run($"Get-KvInvoice -Status {status}").ShouldSucceed();

        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, o => Assert.Equal(expected, (int)o.Properties["Status"].Value));
    }

    [Fact]
    public void Unknown_status_is_refused_with_the_valid_names()
    {
        var error = shop.Shell.RunCatching("Get-KvInvoice -Status Shipped").Caught;

        Assert.NotNull(error);
        Assert.Contains("Completed", error!.Exception.Message);
        Assert.Empty(shop.Controls.Requests);
    }

    [Fact]
    public void Purchase_date_range_is_sent_in_shop_time_and_applied()
    {
        var result = shop.Shell.Run("Get-KvInvoice -FromPurchaseDate 2026-01-01 -ToPurchaseDate '31/12/2026'").ShouldSucceed();

        Assert.Contains("fromPurchaseDate=2026-01-01T00%3A00%3A00", shop.Controls.Requests.First(r => r.Path == "/invoices").QueryString);
        Assert.All(result.Output, o =>
        {
            var date = (DateTimeOffset)o.Properties["PurchaseDate"].Value;
            Assert.InRange(date.DateTime, new DateTime(2026, 1, 1), new DateTime(2026, 12, 31));
            Assert.Equal(TimeSpan.FromHours(7), date.Offset);
        });
    }

    [Fact]
    public void ExpandLines_writes_one_flat_row_per_line()
    {
        var invoices = shop.Shell.Run("Get-KvInvoice -First 20").ShouldSucceed().Output;
        var rows = shop.Shell.Run("Get-KvInvoice -First 20 -ExpandLines").ShouldSucceed().Output;

        Assert.Equal(invoices.Sum(i => (int)i.Properties["LineCount"].Value), rows.Count);
        Assert.All(rows, r => Assert.Equal("KiotViet.InvoiceLineRow", r.TypeNames[0]));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty((string?)r.Properties["InvoiceCode"].Value)));
    }

    [Fact]
    public void By_code_returns_the_invoice_with_payments_and_delivery_when_asked()
    {
        var code = shop.Shell.Run("Get-KvInvoice -First 1").ShouldSucceed().Output.Single().Properties["Code"].Value;

        var invoice = shop.Shell.Run($"Get-KvInvoice -Code '{code}' -IncludePayment -IncludeDelivery").ShouldSucceed().Output.Single();

        Assert.Equal(code, invoice.Properties["Code"].Value);
    }

    [Fact]
    public void Recipe_last_invoice_per_customer_reads_one_invoice_per_piped_customer()
    {
        var result = shop.Shell.Run("""
            $codes = [System.Collections.Generic.HashSet[string]]::new([string[]]@(Get-KvInvoice -First 60 | Where-Object CustomerCode | ForEach-Object CustomerCode))
            $customers = @($codes)[0..2]
            $customers | ForEach-Object { Get-KvCustomer -Code $_ } | Get-KvInvoice -OrderBy PurchaseDate -Descending -First 1
            """).ShouldSucceed();

        Assert.Equal(3, result.Output.Count);
        foreach (var last in result.Output)
        {
            var code = last.Properties["CustomerCode"].Value;
            var all = shop.Shell.Run($"Get-KvInvoice -CustomerCode '{code}'").ShouldSucceed().Output;
            Assert.Equal(all.Max(i => (DateTimeOffset)i.Properties["PurchaseDate"].Value), (DateTimeOffset)last.Properties["PurchaseDate"].Value);
        }
    }
}
