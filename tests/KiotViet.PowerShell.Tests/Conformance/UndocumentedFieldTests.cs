using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests.Conformance;

/// <summary>
/// A field the write's operation does not document (tests/fixtures/api-reference) is refused in its row before any
/// request, naming the field, instead of being sent and silently ignored by KiotViet; the rest of the pipeline goes on.
/// </summary>
public sealed class UndocumentedFieldTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public UndocumentedFieldTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Customer_fields_the_create_or_update_does_not_document_are_refused_and_an_unchanged_one_is_left_out()
    {
        var result = shop.Shell.Run("""
            $company = Get-KvCustomer | Where-Object Organization | Select-Object -First 1
            New-KvCustomer -Name 'Công ty Mới' -ContactNumber '0909000111' -TaxCode '0312345678'
            New-KvCustomer -Name 'Công ty Khác' -ContactNumber '0909000222' -Organization 'Công ty TNHH Khác'
            $company | Set-KvCustomer -Organization 'Tên công ty mới'
            $company | Set-KvCustomer -BranchId 987654
            $company | Set-KvCustomer -Organization $company.Organization -Email 'ketoan@example.vn' -PassThru
            """);

        Assert.Null(result.Terminating);
        var updated = Assert.Single(result.Output);
        Assert.Equal("ketoan@example.vn", updated.Properties["Email"].Value);
        Assert.Equal(4, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietFieldNotWritable,", e.FullyQualifiedErrorId));
        Assert.Contains("does not document TaxCode", result.Errors[0].Exception.Message);
        Assert.Contains("Set-KvCustomer -TaxCode", result.Errors[0].Exception.Message);
        Assert.Contains("does not document Organization", result.Errors[1].Exception.Message);
        Assert.Contains("PUT /customers/{id}) does not document Organization", result.Errors[2].Exception.Message);
        Assert.Contains("does not document BranchId", result.Errors[3].Exception.Message);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/customers"));
        Assert.Equal(1, shop.Controls.RequestCount("PUT", "/customers"));
    }

    [Fact]
    public void An_invoice_description_and_a_line_note_on_an_order_update_are_refused_before_sending()
    {
        var order = shop.Controls.Orders.First(o => o.StatusValue == "Phiếu tạm");

        var result = shop.Shell.Run($$"""
            $branch = @(Get-KvBranch)[0].Id
            New-KvInvoice -BranchId $branch -Description 'Giao tận nơi' -Line @{ ProductCode = 'SP000001'; Quantity = 1; Price = 10000 }
            Set-KvOrder -Id {{order.Id}} -Line @{ ProductCode = 'SP000003'; Quantity = 2; Price = 50000; Note = 'Gói quà' }
            Set-KvOrder -Id {{order.Id}} -Line @{ ProductCode = 'SP000003'; Quantity = 2; Price = 50000 } -PassThru
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(2, result.Errors.Count);
        Assert.StartsWith("KiotVietInvalidInvoice,", result.Errors[0].FullyQualifiedErrorId);
        Assert.Contains("POST /invoices) does not document Description", result.Errors[0].Exception.Message);
        Assert.StartsWith("KiotVietInvalidOrder,", result.Errors[1].FullyQualifiedErrorId);
        Assert.Contains("does not document the note of line 1 (SP000003)", result.Errors[1].Exception.Message);
        Assert.Equal("SP000003 x2", Assert.Single(result.Output).Properties["Lines"].Value.ToString());
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/invoices"));
        Assert.Equal(1, shop.Controls.RequestCount("PUT", "/orders"));
    }

    [Fact]
    public void A_list_filter_the_read_does_not_document_is_refused_before_any_request()
    {
        var result = shop.Shell.Run("""
            Get-KvSupplier -OrderBy Name
            Get-KvWebhook -Descending
            @(Get-KvSupplier -IncludeRemoved -ModifiedSince '2026-01-01').Count -ge 0
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietFilterNotDocumented,", e.FullyQualifiedErrorId));
        Assert.Contains("GET /suppliers does not document orderBy", result.Errors[0].Exception.Message);
        Assert.Contains("GET /webhooks does not document orderDirection", result.Errors[1].Exception.Message);
        Assert.Equal(true, Assert.Single(result.Output).BaseObject);
        Assert.Equal(1, shop.Controls.RequestCount("GET", "/suppliers"));
        Assert.Equal(0, shop.Controls.RequestCount("GET", "/webhooks"));
    }
}
