using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>New-KvPayment: amounts checked against what is owed before sending, -Remaining, CSV rows, -WhatIf, lost answers.</summary>
public sealed class PaymentTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public PaymentTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_piped_invoice_is_paid_in_part_then_the_rest_and_the_invoice_shows_both_payments()
    {
        var invoice = Unpaid(1).Single();

        var result = shop.Shell.Run($"""
            Get-KvInvoice -Id {invoice.Id} | New-KvPayment -Amount 10000 -Method Cash
            Get-KvInvoice -Id {invoice.Id} | New-KvPayment -Remaining -Method Transfer -AccountId (@(Get-KvBankAccount)[0].Id)
            """).ShouldSucceed();

        Assert.Equal(new[] { 10000m, invoice.Total - 10000m }, result.Output.Select(p => (decimal)p.Properties["Amount"].Value));
        Assert.All(result.Output, p => Assert.Equal(invoice.Id, (long)p.Properties["InvoiceId"].Value));
        var stored = shop.Controls.Invoices.Single(i => i.Id == invoice.Id);
        Assert.Equal(stored.Total, stored.TotalPayment);
        Assert.Equal(new[] { "Cash", "Transfer" }, stored.Payments.Select(p => p.Method));
        Assert.NotNull(stored.Payments[1].AccountId);
    }

    [Fact]
    public void More_than_is_owed_a_paid_or_cancelled_invoice_and_cash_with_an_account_are_refused_before_sending()
    {
        var unpaid = Unpaid(1).Single();
        var paid = shop.Controls.Invoices.First(i => i.Status == 1 && i.TotalPayment == i.Total && i.Total > 0);
        var cancelled = shop.Controls.Invoices.First(i => i.Status == 2);

        var result = shop.Shell.Run($"""
            New-KvPayment -InvoiceId {unpaid.Id} -Amount {unpaid.Total + 1}
            New-KvPayment -InvoiceId {paid.Id} -Remaining
            New-KvPayment -InvoiceId {cancelled.Id} -Amount 1
            New-KvPayment -InvoiceId {unpaid.Id} -Amount 1 -AccountId 3
            New-KvPayment -InvoiceId {unpaid.Id} -Amount 1 -WhatIf
            """);

        Assert.Empty(result.Output);
        Assert.Equal(4, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietInvalidPayment,", e.FullyQualifiedErrorId));
        Assert.Contains("is more than it owes", result.Errors[0].Exception.Message);
        Assert.Contains("already paid in full", result.Errors[1].Exception.Message);
        Assert.Contains("cancelled", result.Errors[2].Exception.Message);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/payments"));
        Assert.Empty(shop.Controls.Invoices.Single(i => i.Id == unpaid.Id).Payments);
    }

    [Fact]
    public void A_csv_of_payments_pays_each_row_and_reports_a_row_that_asks_too_much_with_its_row()
    {
        var invoices = Unpaid(3);

        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-pay-$([guid]::NewGuid()).csv")
            $kvRows | ForEach-Object { [pscustomobject]@{ Row = $_[0]; InvoiceId = $_[1]; Amount = $_[2]; Method = $_[3] } } | Export-Csv -Path $csv -NoTypeInformation
            try { Import-Csv -Path $csv | New-KvPayment }
            finally { Remove-Item -LiteralPath $csv }
            """,
            new Dictionary<string, object?>
            {
                ["kvRows"] = new object[]
                {
                    new object[] { 1, invoices[0].Id, 1000m, "Cash" },
                    new object[] { 2, invoices[1].Id, invoices[1].Total * 2, "Card" },
                    new object[] { 3, invoices[2].Id, invoices[2].Total, "Card" },
                },
            });

        Assert.Null(result.Terminating);
        Assert.Equal(2, result.Output.Count);
        Assert.Equal("2", (string)((PSObject)Assert.Single(result.Errors).TargetObject).Properties["Row"].Value);
        var stored = shop.Controls.Invoices.ToDictionary(i => i.Id);
        Assert.Equal(1000m, stored[invoices[0].Id].TotalPayment);
        Assert.Empty(stored[invoices[1].Id].Payments);
        Assert.Equal("Card", Assert.Single(stored[invoices[2].Id].Payments).Method);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_payment_whose_answer_was_lost_is_recorded_exactly_once(bool applied)
    {
        var invoice = Unpaid(1).Single();
        shop.Controls.InjectFault(applied ? SandboxFault.StatusAfterCommit(504, "POST", "/payments") : SandboxFault.Status(503, "POST", "/payments"));

        var result = shop.Shell.Run($"New-KvPayment -InvoiceId {invoice.Id} -Amount 5000 -Verbose").ShouldSucceed();

        Assert.Equal(5000m, (decimal)Assert.Single(result.Output).Properties["Amount"].Value);
        Assert.Single(shop.Controls.Invoices.Single(i => i.Id == invoice.Id).Payments);
        Assert.Equal(applied ? 1 : 2, shop.Controls.RequestCount("POST", "/payments"));
        Assert.Contains(result.Verbose, v => v.Contains(applied ? "only its answer was lost" : "sending it again ("));
    }

    private List<SandboxInvoice> Unpaid(int count) =>
        shop.Controls.Invoices.Where(i => i.Status == 3 && i.TotalPayment == 0 && i.Total > 10000).Take(count).ToList();
}
