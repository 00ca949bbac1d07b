using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>New-KvInvoice and Set-KvInvoice: lines from parameters and CSV, checks before sending, -WhatIf, lost answers reconciled.</summary>
public sealed class InvoiceWriteTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public InvoiceWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_piped_customer_gets_an_invoice_with_its_lines_total_and_payment_and_bad_input_is_refused_before_sending()
    {
        var before = shop.Controls.Invoices.Count;

        var result = shop.Shell.Run("""
            $branch = @(Get-KvBranch)[0]
            Get-KvCustomer -First 1 | New-KvInvoice -BranchId $branch.Id -Discount 5000 -TotalPayment 50000 -Method Cash -Line @(
                @{ ProductCode = 'SP000001'; Quantity = 2; Price = 45000 }
                @{ ProductCode = 'SP000002'; Quantity = 1; Price = 20000; Discount = 2000 })
            New-KvInvoice -BranchId $branch.Id -Line @{ ProductCode = 'SP000001'; Quantity = 0; Price = 1 }
            New-KvInvoice -BranchId $branch.Id -Line @{ ProductCode = 'SP000001'; Quantity = 1; Price = 1 } -TotalPayment 1 -AccountId 5
            New-KvInvoice -BranchId $branch.Id -Line @{ ProductCode = 'SP000001'; Quantity = 1; Price = 1 } -WhatIf
            """);

        var invoice = Assert.Single(result.Output);
        Assert.Equal(90000m + 18000m - 5000m, (decimal)invoice.Properties["Total"].Value);
        Assert.Equal(50000m, (decimal)invoice.Properties["TotalPayment"].Value);
        Assert.Equal("Completed", invoice.Properties["Status"].Value.ToString());
        Assert.Equal("Cash 50000", invoice.Properties["Payments"].Value.ToString());
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietInvalidInvoice,", e.FullyQualifiedErrorId));
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/invoices"));
        Assert.Equal(before + 1, shop.Controls.Invoices.Count);
    }

    [Fact]
    public void Lines_come_from_a_csv_and_KiotViets_refusal_of_an_unknown_product_is_a_row_error()
    {
        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-lines-$([guid]::NewGuid()).csv")
            @([pscustomobject]@{ ProductCode = 'SP000004'; Quantity = '3'; Price = '12000' }, [pscustomobject]@{ ProductCode = 'SP000005'; Quantity = '1.5'; Price = '40000' }) | Export-Csv -Path $csv -NoTypeInformation
            try { New-KvInvoice -BranchId (@(Get-KvBranch)[0].Id) -Line (Import-Csv -Path $csv) }
            finally { Remove-Item -LiteralPath $csv }
            New-KvInvoice -BranchId (@(Get-KvBranch)[0].Id) -Line @{ ProductCode = 'KHONGCO'; Quantity = 1; Price = 1 }
            """);

        var invoice = Assert.Single(result.Output);
        Assert.Equal("SP000004 x3; SP000005 x1.5", invoice.Properties["Lines"].Value.ToString());
        Assert.Equal(36000m + 60000m, (decimal)invoice.Properties["Total"].Value);
        Assert.StartsWith("KiotVietValidation,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_create_whose_answer_was_lost_makes_exactly_one_invoice_applied_or_not(bool applied)
    {
        var before = shop.Controls.Invoices.Count;
        shop.Controls.InjectFault(applied ? SandboxFault.DropAfterCommit("POST", "/invoices") : SandboxFault.Status(502, "POST", "/invoices"));

        var result = shop.Shell.Run("""
            Get-KvCustomer -First 1 | New-KvInvoice -BranchId (@(Get-KvBranch)[0].Id) -Line @{ ProductCode = 'SP000006'; Quantity = 2; Price = 15000 } -Verbose
            """).ShouldSucceed();

        var invoice = Assert.Single(result.Output);
        Assert.Equal(before + 1, shop.Controls.Invoices.Count);
        Assert.Equal(shop.Controls.Invoices[^1].Id, (long)invoice.Properties["Id"].Value);
        Assert.Equal(applied ? 1 : 2, shop.Controls.RequestCount("POST", "/invoices"));
        Assert.Contains(result.Verbose, v => v.Contains(applied ? "only its answer was lost" : "sending it again ("));
    }

    [Fact]
    public void Two_identical_invoices_whose_answers_were_both_lost_are_two_invoices()
    {
        var before = shop.Controls.Invoices.Count;
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("POST", "/invoices", count: 2));

        var result = shop.Shell.Run("""
            1..2 | ForEach-Object { New-KvInvoice -BranchId (@(Get-KvBranch)[0].Id) -Line @{ ProductCode = 'SP000007'; Quantity = 1; Price = 99000 } }
            """).ShouldSucceed();

        Assert.Equal(2, result.Output.Select(o => (long)o.Properties["Id"].Value).Distinct().Count());
        Assert.Equal(before + 2, shop.Controls.Invoices.Count);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/invoices"));
    }

    [Fact]
    public void Set_KvInvoice_changes_what_is_given_WhatIf_sends_nothing_and_a_lost_answer_is_read_back()
    {
        var invoices = shop.Controls.Invoices.Where(i => i.Status == 3 && i.TotalPayment == 0).Take(2).ToList();
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("PUT", "/invoices"));

        var result = shop.Shell.Run(
            """
            $seller = (Get-KvUser | Select-Object -Skip 1 -First 1).Id
            Set-KvInvoice -Id $kvIds[0] -SoldById $seller -WhatIf
            Get-KvInvoice -Id $kvIds[0] | Set-KvInvoice -SoldById $seller -PassThru -Verbose
            Set-KvInvoice -Id $kvIds[1] -Line @{ ProductCode = 'SP000008'; Quantity = 4; Price = 10000 } -PassThru
            $seller
            """,
            new Dictionary<string, object?> { ["kvIds"] = invoices.Select(i => i.Id).ToArray() }).ShouldSucceed();

        Assert.Equal(3, result.Output.Count);
        Assert.Equal(result.Output[2].BaseObject, result.Output[0].Properties["SoldById"].Value);
        var discount = (decimal?)result.Output[1].Properties["Discount"].Value ?? 0;
        Assert.Equal(40000m - discount, (decimal)result.Output[1].Properties["Total"].Value);
        Assert.Equal(2, shop.Controls.RequestCount("PUT", "/invoices"));
        Assert.Contains(result.Verbose, v => v.Contains("only its answer was lost"));
    }

    [Fact]
    public void Set_KvInvoice_refuses_before_sending_a_customer_discount_or_note_the_invoice_update_cannot_change()
    {
        var invoice = shop.Controls.Invoices.First(i => i.Status == 3);
        shop.Controls.ResetCounters();

        var result = shop.Shell.Run($"Set-KvInvoice -Id {invoice.Id} -Discount 1234 -Description 'mới'; Get-KvInvoice -Id {invoice.Id} | Set-KvInvoice -Line @{{ ProductCode = 'SP000002'; Quantity = 1; Price = 20000 }} -WhatIf");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietInvoiceFieldNotUpdatable", error.FullyQualifiedErrorId);
        Assert.Contains("Description, Discount", error.Exception.Message);
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/invoices"));
    }

    [Fact]
    public void Updating_a_cancelled_invoice_is_refused_by_KiotViet_with_the_row_as_target()
    {
        var cancelled = shop.Controls.Invoices.First(i => i.Status == 2);

        var result = shop.Shell.Run($"Get-KvInvoice -Id {cancelled.Id} | Set-KvInvoice -SoldById (Get-KvUser | Select-Object -First 1).Id");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietValidation,", error.FullyQualifiedErrorId);
        Assert.Contains("đã bị hủy", error.ErrorDetails.Message);
        Assert.Equal(cancelled.Id, ((PSObject)error.TargetObject).Properties["Id"].Value);
    }

    [Fact]
    public void A_new_invoice_shows_in_the_stock_and_its_payment_in_the_cash_book()
    {
        var result = shop.Shell.Run("""
            $before = (Get-KvStock -BranchId 1001 | Where-Object Code -eq 'SP000001').OnHand
            $invoice = New-KvInvoice -BranchId 1001 -Line @{ ProductCode = 'SP000001'; Quantity = 3; Price = 15000 } -TotalPayment 45000 -Method Cash
            $after = (Get-KvStock -BranchId 1001 | Where-Object Code -eq 'SP000001').OnHand
            $receipt = Get-KvCashFlow -Direction Receipt | Where-Object Description -like "*$($invoice.Code)"
            [pscustomobject]@{ Taken = $before - $after; Receipt = $receipt.Amount }
            """).ShouldSucceed();

        var seen = result.Output.Single();
        Assert.Equal(3d, Convert.ToDouble(seen.Properties["Taken"].Value));
        Assert.Equal(45000m, Convert.ToDecimal(seen.Properties["Receipt"].Value));
    }
}
