using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Invoices and orders with a delivery, a sale channel, a sale time, makeInvoice and line VAT, written from
/// parameters and from CSV rows: stored as sent, read back, -WhatIf sending nothing, a field the operation does not
/// document refused with its row before sending, and a delivery update whose answer was lost reconciled, not resent.
/// </summary>
public sealed class SaleExtrasWriteTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public SaleExtrasWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void An_order_is_created_with_its_delivery_channel_and_invoice_and_reads_back_with_them()
    {
        var result = shop.Shell.Run("""
            $line = @{ ProductCode = 'SP000001'; Quantity = 2; Price = 50000; TaxId = 4 }
            New-KvOrder -BranchId 1001 -Line $line -SaleChannel Facebook -DeliveryReceiver 'Trần Thị Bích' -DeliveryPhone 0912345678 `
                -DeliveryAddress '12 Hàng Bạc' -DeliveryWard 'Phường Hàng Bạc' -DeliveryLocation 'Hà Nội - Quận Hoàn Kiếm' -DeliveryFee 15000 `
                -DeliveryPartnerCode GHN -PurchaseDate '2026-11-20 09:15' -MakeInvoice -WhatIf
            $order = New-KvOrder -BranchId 1001 -Line $line -SaleChannel Facebook -DeliveryReceiver 'Trần Thị Bích' -DeliveryPhone 0912345678 `
                -DeliveryAddress '12 Hàng Bạc' -DeliveryWard 'Phường Hàng Bạc' -DeliveryLocation 'Hà Nội - Quận Hoàn Kiếm' -DeliveryFee 15000 `
                -DeliveryPartnerCode GHN -PurchaseDate '2026-11-20 09:15' -MakeInvoice
            $read = Get-KvOrder -Id $order.Id
            $read.Delivery.Receiver, $read.Delivery.Address, $read.Delivery.Price, $read.SaleChannelId, $read.PurchaseDate.ToString('yyyy-MM-dd HH:mm'), $read.StatusValue
            @(Get-KvInvoice -OrderId $order.Id).Count
            """).ShouldSucceed();

        Assert.Equal(new object[] { "Trần Thị Bích", "12 Hàng Bạc", 15000m, 900002L, "2026-11-20 09:15", "Hoàn thành", 1 }, result.Output.Select(o => o.BaseObject));
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/orders"));
    }

    [Fact]
    public void A_cod_invoice_is_created_and_a_csv_of_delivery_updates_in_vietnamese_numbers_is_applied_once_though_an_answer_is_lost()
    {
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("PUT", "/invoices"));
        var result = shop.Shell.Run("""
            $line = @{ ProductCode = 'SP000002'; Quantity = 1; Price = 120000 }
            $invoices = 1..3 | ForEach-Object {
                New-KvInvoice -BranchId 1001 -Line $line -Cod -DeliveryStatus 1 -DeliveryReceiver "Khách $_" -DeliveryAddress "$_ Lê Lợi" -TotalPayment 20000
            }
            $invoices[0].UsingCod, $invoices[0].Delivery.UsingPriceCod, $invoices[0].Delivery.PriceCodPayment
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-deliveries-$([guid]::NewGuid()).csv")
            $culture = [cultureinfo]::CurrentCulture
            try {
                [cultureinfo]::CurrentCulture = 'vi-VN'
                $invoices | ForEach-Object { [pscustomobject]@{ Id = $_.Id; DeliveryStatus = '3'; CodAmount = '95.000'; DeliveryWeight = '1,5' } } |
                    Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
                Import-Csv -Path $csv | Set-KvInvoice -PassThru -Verbose | ForEach-Object { "$($_.Delivery.Status) $($_.Delivery.PriceCodPayment) $($_.Delivery.Weight)" }
            }
            finally { [cultureinfo]::CurrentCulture = $culture; Remove-Item -LiteralPath $csv }
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(new object[] { true, true, 100000m }, result.Output.Take(3).Select(o => o.BaseObject));
        Assert.Equal(new[] { "3 95000 1.5", "3 95000 1.5", "3 95000 1.5" }, result.Output.Skip(3).Select(o => ((string)o.BaseObject).Replace(',', '.')));
        Assert.Equal(3, shop.Controls.RequestCount("PUT", "/invoices"));
        Assert.Contains(result.Verbose, v => v.Contains("only its answer was lost"));
    }

    [Fact]
    public void What_an_order_update_does_not_document_or_an_unknown_channel_is_refused_with_its_row_before_sending()
    {
        var result = shop.Shell.Run("""
            $orders = @(Get-KvOrder -Status 1 -First 2)
            @(
                [pscustomobject]@{ Id = $orders[0].Id; DeliveryAddress = '9 Hàng Đào'; DeliveryStatus = '3' }
                [pscustomobject]@{ Id = $orders[1].Id; DeliveryAddress = '10 Hàng Đào'; DeliveryStatus = '' }
            ) | Set-KvOrder -PassThru | ForEach-Object { $_.Delivery.Address }
            Set-KvOrder -Id $orders[0].Id -SaleChannel 'Kênh không có'
            Set-KvOrder -Id $orders[0].Id -DeliveryReceiver 'Ai đó' -WhatIf
            """);

        Assert.Equal("10 Hàng Đào", Assert.Single(result.Output).BaseObject);
        Assert.Equal(2, result.Errors.Count);
        Assert.StartsWith("KiotVietInvalidOrder,", result.Errors[0].FullyQualifiedErrorId);
        Assert.Contains("DeliveryStatus", result.Errors[0].Exception.Message);
        Assert.Equal("9 Hàng Đào", ((PSObject)result.Errors[0].TargetObject).Properties["DeliveryAddress"].Value);
        Assert.Contains("Kênh không có", result.Errors[1].Exception.Message);
        Assert.Equal(1, shop.Controls.RequestCount("PUT", "/orders"));
    }

    [Fact]
    public void A_product_update_of_isActive_whose_answer_is_lost_is_read_back_and_not_sent_again()
    {
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("PUT", "/products"));
        var result = shop.Shell.Run("""
            Set-KvProduct -Code SP000003 -IsActive $false -IsRewardPoint $true -Verbose -PassThru | ForEach-Object { $_.IsActive }
            (Get-KvProduct -Code SP000003).IsActive
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(new object[] { false, false }, result.Output.Select(o => o.BaseObject));
        // isRewardPoint is not shown by a read: the update cannot be seen applied, so it is sent again (an update may be).
        Assert.Equal(2, shop.Controls.RequestCount("PUT", "/products"));
    }

    [Fact]
    public void A_product_create_with_a_unit_whose_answer_is_lost_is_found_by_its_code_and_not_created_twice()
    {
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("POST", "/products"));
        var result = shop.Shell.Run("""
            New-KvProduct -Name 'Bia Hà Nội' -Code BIA-THUNG -Unit thùng -BasePrice 270000 -MasterUnitCode SP000001 -ConversionValue 24 -Verbose |
                ForEach-Object { "$($_.Code) $($_.MasterUnitId) $($_.ConversionValue)" }
            (Get-KvProduct -Code SP000001).Units.Count
            """);

        Assert.Empty(result.Errors);
        var masterId = shop.Shell.Run("(Get-KvProduct -Code SP000001).Id").ShouldSucceed().Output.Single().BaseObject;
        Assert.Equal(new object[] { $"BIA-THUNG {masterId} 24", 2 }, result.Output.Select(o => o.BaseObject));
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/products"));
        Assert.Contains(result.Verbose, v => v.Contains("only its answer was lost"));
    }
}
