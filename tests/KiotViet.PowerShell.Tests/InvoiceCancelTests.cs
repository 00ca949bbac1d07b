using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Remove-KvInvoice: cancels (status 2), voids payments when asked, sends nothing under -WhatIf, reports each row.</summary>
public sealed class InvoiceCancelTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public InvoiceCancelTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Piped_invoices_are_cancelled_and_PassThru_returns_them_cancelled_with_payments_voided_only_when_asked(bool voidPayment)
    {
        var paid = PaidInvoices(2);

        var result = shop.Shell.Run(
            $"Get-KvInvoice -Id $kvIds | Remove-KvInvoice -Confirm:$false -PassThru {(voidPayment ? "-VoidPayment" : "")}",
            new Dictionary<string, object?> { ["kvIds"] = paid.Select(i => i.Id).ToArray() }).ShouldSucceed();

        Assert.Equal(paid.Select(i => i.Code), result.Output.Select(o => (string)o.Properties["Code"].Value));
        Assert.All(result.Output, o => Assert.Equal("Cancelled", o.Properties["Status"].Value.ToString()));
        Assert.All(result.Output, o => Assert.Equal("Đã hủy", o.Properties["StatusValue"].Value));
        Assert.Equal(2, shop.Controls.RequestCount("DELETE", "/invoices"));
        var stored = shop.Controls.Invoices.ToDictionary(i => i.Id);
        Assert.All(paid, i =>
        {
            Assert.Equal(2, stored[i.Id].Status);
            Assert.All(stored[i.Id].Payments, p => Assert.Equal(voidPayment ? 1 : 0, p.Status));
        });
    }

    [Fact]
    public void WhatIf_sends_no_cancel_and_names_a_bare_id_by_reading_it()
    {
        var invoice = PaidInvoices(1).Single();

        var result = shop.Shell.Run($"Get-KvInvoice -Id {invoice.Id} | Remove-KvInvoice -WhatIf; Remove-KvInvoice -Id {invoice.Id} -VoidPayment -WhatIf");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Output);
        Assert.Equal(0, shop.Controls.RequestCount("DELETE", "/invoices"));
        Assert.Equal(2, shop.Controls.RequestCount("GET", $"/invoices/{invoice.Id}")); // Get-KvInvoice, then the naming read for the bare id
        Assert.Equal(1, shop.Controls.Invoices.Single(i => i.Id == invoice.Id).Status);
    }

    [Fact]
    public void Without_Confirm_false_a_host_that_cannot_prompt_cancels_nothing()
    {
        var invoice = PaidInvoices(1).Single();

        var result = shop.Shell.RunCatching($"Remove-KvInvoice -Id {invoice.Id}");

        Assert.True(result.Caught is not null || result.Errors.Count > 0);
        Assert.Equal(0, shop.Controls.RequestCount("DELETE", "/invoices"));
        Assert.Equal(1, shop.Controls.Invoices.Single(i => i.Id == invoice.Id).Status);
    }

    [Fact]
    public void A_csv_of_ids_cancels_each_row_reports_a_missing_invoice_with_its_row_and_warns_of_one_already_cancelled()
    {
        var open = PaidInvoices(3);
        var cancelled = shop.Controls.Invoices.First(i => i.Status == 2);

        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-cancel-$([guid]::NewGuid()).csv")
            $kvRows | ForEach-Object { [pscustomobject]@{ Row = $_[0]; Id = $_[1] } } | Export-Csv -Path $csv -NoTypeInformation
            try { Import-Csv -Path $csv | Remove-KvInvoice -Confirm:$false -InformationVariable kvInfo }
            finally { Remove-Item -LiteralPath $csv }
            ($kvInfo | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData.ToString()
            """,
            new Dictionary<string, object?>
            {
                ["kvRows"] = new object[] { new object[] { 1, open[0].Id }, new object[] { 2, 999999999L }, new object[] { 3, open[1].Id }, new object[] { 4, cancelled.Id }, new object[] { 5, open[2].Id } },
            });

        Assert.Null(result.Terminating);
        Assert.Equal(new[] { "2" }, result.Errors.Select(e => (string)((PSObject)e.TargetObject).Properties["Row"].Value));
        Assert.StartsWith("KiotVietNotFound,", result.Errors[0].FullyQualifiedErrorId);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith($"Invoice {cancelled.Code} ", warning);
        Assert.EndsWith($"(id {cancelled.Id}) was already cancelled: nothing changed.", warning);
        Assert.Contains("5 row(s): 3 cancelled, 1 unchanged, ", result.Output.Single().ToString());
        var stored = shop.Controls.Invoices.ToDictionary(i => i.Id);
        Assert.All(open, i => Assert.Equal(2, stored[i.Id].Status));
    }

    [Fact]
    public void A_cancel_saved_whose_answer_was_lost_is_found_by_reading_the_invoice_and_not_sent_again()
    {
        var invoice = PaidInvoices(1).Single();
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("DELETE", "/invoices"));

        var result = shop.Shell.Run($"Remove-KvInvoice -Id {invoice.Id} -Confirm:$false -PassThru -Verbose").ShouldSucceed();

        Assert.Equal("Cancelled", Assert.Single(result.Output).Properties["Status"].Value.ToString());
        Assert.Equal(1, shop.Controls.RequestCount("DELETE", "/invoices"));
        Assert.Contains(result.Verbose, v => v.Contains("only its answer was lost"));
    }

    private List<SandboxInvoice> PaidInvoices(int count) =>
        shop.Controls.Invoices.Where(i => i.Status == 1 && i.Payments.Count > 0).Take(count).ToList();
}

/// <summary>A server that serves only the path form of the cancel: the module finds it once and keeps using it.</summary>
public sealed class InvoiceCancelFormTests : IAsyncLifetime
{
    private readonly SandboxSession shop = new(new SandboxOptions { CustomerCount = 20, InvoiceCount = 60, InvoiceCancelForm = InvoiceCancelForm.PathAndQuery });

    public Task InitializeAsync() => shop.InitializeAsync();

    public Task DisposeAsync() => shop.DisposeAsync();

    [Fact]
    public void On_a_server_without_the_documented_body_form_the_path_form_is_used_and_remembered_for_the_connection()
    {
        var ids = shop.Controls.Invoices.Where(i => i.Status != 2).Take(3).Select(i => i.Id).ToArray();

        var result = shop.Shell.Run("$kvIds | Remove-KvInvoice -Confirm:$false -PassThru -Verbose", new Dictionary<string, object?> { ["kvIds"] = ids }).ShouldSucceed();

        Assert.Equal(3, result.Output.Count);
        var deletes = shop.Controls.Requests.Where(r => r.Method == "DELETE").ToList();
        Assert.Equal(4, deletes.Count); // one refused for want of a route, then one per invoice
        Assert.Equal(405, deletes[0].Status);
        Assert.Equal("/invoices", deletes[0].Path);
        Assert.All(deletes.Skip(1), d => Assert.StartsWith("/invoices/", d.Path));
        Assert.Single(result.Verbose, v => v.Contains("from now on"));
        Assert.All(ids, id => Assert.Equal(2, shop.Controls.Invoices.Single(i => i.Id == id).Status));
    }
}
