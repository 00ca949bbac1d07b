using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// New-, Set-, Remove-KvPurchaseOrder and -KvTransfer: lines from a CSV grouped into documents, branch and supplier by
/// name, stock moves, -WhatIf, rows refused before sending with the row as target, updates that send only what differs.
/// </summary>
public sealed class StockDocumentWriteTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public StockDocumentWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_csv_of_lines_becomes_one_purchase_per_branch_and_supplier_and_the_goods_enter_stock()
    {
        var before = OnHand();

        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-po-$([guid]::NewGuid()).csv")
            @(
                [pscustomobject]@{ Branch = 'Chi nhánh trung tâm'; Supplier = 'NCC00001'; ProductCode = 'SP000001'; Quantity = 10; Price = 20000; Note = '' }
                [pscustomobject]@{ Branch = 'Chi nhánh trung tâm'; Supplier = 'NCC00001'; ProductCode = 'SP000002'; Quantity = 5; Price = 15000; Note = 'hàng tặng' }
                [pscustomobject]@{ Branch = '1002'; Supplier = 'Nhà phân phối Hồng Phát'; ProductCode = 'SP000001'; Quantity = 3; Price = 21000; Note = '' }
            ) | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try { Import-Csv -Path $csv | New-KvPurchaseOrder -Description 'Nhập đầu tuần' }
            finally { Remove-Item -LiteralPath $csv }
            """).ShouldSucceed();

        Assert.Equal(2, result.Output.Count);
        Assert.Equal(new[] { "SP000001 x10; SP000002 x5", "SP000001 x3" }, result.Output.Select(o => o.Properties["Lines"].Value.ToString()));
        // In output order: the two purchases are written side by side, so KiotViet may number the second first.
        var ids = result.Output.Select(o => (long)o.Properties["Id"].Value).ToList();
        var stored = shop.Controls.PurchaseOrders.Where(p => ids.Contains(p.Id)).OrderBy(p => ids.IndexOf(p.Id)).ToList();
        Assert.Equal(new[] { "NCC00001", "NCC00003" }, stored.Select(p => p.SupplierCode));
        Assert.Equal(new long[] { 1001, 1002 }, stored.Select(p => p.BranchId));
        Assert.All(stored, p => Assert.Equal(3, p.Status));
        var after = OnHand();
        Assert.Equal(before[("SP000001", 1001)] + 10, after[("SP000001", 1001)]);
        Assert.Equal(before[("SP000002", 1001)] + 5, after[("SP000002", 1001)]);
        Assert.Equal(before[("SP000001", 1002)] + 3, after[("SP000001", 1002)]);
    }

    [Fact]
    public void A_bad_row_is_refused_with_the_row_and_its_purchase_is_not_sent_while_the_next_one_is()
    {
        var result = shop.Shell.Run("""
            $rows = @(
                [pscustomobject]@{ Branch = 1001; Supplier = 'NCC00002'; ProductCode = 'SP000001'; Quantity = 1; Price = 1000 }
                [pscustomobject]@{ Branch = 1001; Supplier = 'NCC00002'; ProductCode = 'SP000002'; Quantity = 0; Price = 1000 }
                [pscustomobject]@{ Branch = 1001; Supplier = 'không có'; ProductCode = 'SP000002'; Quantity = 1; Price = 1000 }
                [pscustomobject]@{ Branch = 1003; Supplier = 'NCC00004'; ProductCode = 'SP000003'; Quantity = 2; Price = 1000 }
            )
            $rows | New-KvPurchaseOrder
            """);

        var created = Assert.Single(result.Output);
        Assert.Equal(1003L, created.Properties["BranchId"].Value);
        Assert.Equal(3, result.Errors.Count);
        Assert.StartsWith("KiotVietInvalidPurchaseLine,", result.Errors[0].FullyQualifiedErrorId);
        Assert.Equal("SP000002", ((System.Management.Automation.PSObject)result.Errors[0].TargetObject).Properties["ProductCode"].Value);
        Assert.StartsWith("KiotVietInvalidPurchaseRow,", result.Errors[1].FullyQualifiedErrorId);
        Assert.Contains("không có", result.Errors[1].Exception.Message);
        Assert.StartsWith("KiotVietPurchaseNotSent,", result.Errors[2].FullyQualifiedErrorId);
        Assert.Equal(2, ((object[])result.Errors[2].TargetObject).Length);
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/purchaseorders"));
    }

    [Fact]
    public void WhatIf_sends_no_write_and_a_draft_moves_no_stock_until_completed_then_a_cancel_takes_it_out_again()
    {
        var before = OnHand();

        var result = shop.Shell.Run("""
            New-KvPurchaseOrder -Branch 1001 -Supplier NCC00001 -Line @{ ProductCode = 'SP000004'; Quantity = 7; Price = 9000 } -WhatIf
            $draft = New-KvPurchaseOrder -Branch 1001 -Supplier NCC00001 -Line @{ ProductCode = 'SP000004'; Quantity = 7; Price = 9000 } -Draft
            $draft.StatusValue
            $draft | Set-KvPurchaseOrder -Complete -Description 'Đã kiểm hàng' -PassThru | Select-Object -ExpandProperty StatusValue
            $draft | Set-KvPurchaseOrder -Description 'Đã kiểm hàng'
            $draft | Remove-KvPurchaseOrder -VoidPayment -Confirm:$false -PassThru | Select-Object -ExpandProperty StatusValue
            """).ShouldSucceed();

        Assert.Equal(new[] { "Phiếu tạm", "Đã nhập hàng", "Đã hủy" }, result.Output.Select(o => o.ToString()));
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/purchaseorders"));
        Assert.Equal(1, shop.Controls.RequestCount("PUT", "/purchaseorders"));
        var cancel = Assert.Single(shop.Controls.Requests, r => r.Method == "DELETE");
        Assert.Equal("/purchaseorders", cancel.Path);
        Assert.Contains("IsVoidPayment=true", cancel.QueryString);
        Assert.Equal(before[("SP000004", 1001)], OnHand()[("SP000004", 1001)]);
    }

    [Fact]
    public void A_transfer_sent_then_received_moves_stock_out_of_one_branch_into_the_other_and_a_delete_undoes_it()
    {
        var before = OnHand();

        var result = shop.Shell.Run("""
            $t = New-KvTransfer -FromBranch 'Chi nhánh trung tâm' -ToBranch 'Chi nhánh Hà Nội' -Code 'CHT-001' -Line @{ ProductCode = 'SP000005'; Quantity = 4 }, @{ ProductCode = 'SP000006'; Quantity = 1 }
            $t.Code
            $t | Set-KvTransfer -Received -PassThru | Select-Object -ExpandProperty StatusValue
            """).ShouldSucceed();

        Assert.Equal(new[] { "CHT-001", "Đã nhận" }, result.Output.Select(o => o.ToString()));
        var moved = OnHand();
        Assert.Equal(before[("SP000005", 1001)] - 4, moved[("SP000005", 1001)]);
        Assert.Equal(before[("SP000005", 1003)] + 4, moved[("SP000005", 1003)]);
        var transfer = shop.Controls.Transfers.Single(t => t.Code == "CHT-001");

        var second = shop.Shell.Run($"Remove-KvTransfer -Id {transfer.Id} -Confirm:$false; New-KvTransfer -FromBranch 1001 -ToBranch 1001 -ProductCode SP000001 -Quantity 1");
        Assert.StartsWith("KiotVietInvalidTransferRow,", Assert.Single(second.Errors).FullyQualifiedErrorId);
        Assert.Equal(before[("SP000005", 1001)], OnHand()[("SP000005", 1001)]);
        Assert.Equal(before[("SP000005", 1003)], OnHand()[("SP000005", 1003)]);
        Assert.Equal(4, shop.Controls.Transfers.Single(t => t.Code == "CHT-001").Status);
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/transfers"));
    }

    private Dictionary<(string Code, long Branch), decimal> OnHand() =>
        shop.Controls.Products.SelectMany(p => p.OnHand.Select(o => (Key: (p.Code, o.Key), o.Value))).ToDictionary(x => x.Key, x => x.Value);
}
