using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Orders created with their delivery and channel, and invoice deliveries updated from a CSV, against a sandbox whose
/// writes meet a seeded fault mix, answers lost after the write was applied included: each order exists once, each
/// invoice shows its new delivery, and every row is reported as written.
/// </summary>
public sealed class SaleExtrasFaultRunTests : FaultRunTests
{
    private const int Seed = 20261221;

    public SaleExtrasFaultRunTests(ITestOutputHelper output)
        : base(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5, OrderCount = 5 }, output)
    {
    }

    [Fact]
    public void Forty_orders_with_their_delivery_under_faults_are_each_created_once()
    {
        const int count = 40;
        // The faults fall on the writes (POST): the lookups' GETs would otherwise draw them in an order that depends on timing.
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed) with { RetryAfterSeconds = 0, Method = "POST", DropAfterCommit = 0.1, GatewayErrorAfterCommit = 0.05 });
        var result = Shop.Shell.Run("""
            1..$kvCount | ForEach-Object {
                New-KvOrder -BranchId 1001 -Line @{ ProductCode = 'SP000001'; Quantity = $_; Price = 10000 } -Description "Đơn giao $_" `
                    -DeliveryReceiver "Khách $_" -DeliveryPhone 0912345678 -DeliveryAddress "$_ Hàng Bạc" -DeliveryFee 15000 -SaleChannel Facebook -Verbose
            }
            """, new Dictionary<string, object?> { ["kvCount"] = count });
        ReportFaultRun("order create with delivery", result);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(count, result.Output.Count);
        var made = Shop.Controls.Orders.Where(o => o.Description?.StartsWith("Đơn giao ", StringComparison.Ordinal) == true).Select(o => o.Description).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"Đơn giao {n}").Order(), made.Order());
        var receivers = Shop.Shell.Run("$kvIds | ForEach-Object { (Get-KvOrder -Id $_).Delivery.Receiver }", new Dictionary<string, object?> { ["kvIds"] = result.Output.Select(o => o.Properties["Id"].Value).ToArray() }).ShouldSucceed();
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"Khách {n}"), receivers.Output.Select(o => (string)o.BaseObject));
    }

    [Fact]
    public void Forty_invoice_delivery_updates_from_a_csv_under_faults_are_each_applied_and_reported_once()
    {
        const int count = 40;
        var invoices = Shop.Shell.Run("""
            1..$kvCount | ForEach-Object { (New-KvInvoice -BranchId 1001 -Line @{ ProductCode = 'SP000002'; Quantity = 1; Price = 50000 } -Cod -DeliveryStatus 1 -DeliveryReceiver "Khách $_").Id }
            """, new Dictionary<string, object?> { ["kvCount"] = count }).ShouldSucceed().Output.Select(o => (long)o.BaseObject).ToArray();

        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 1) with { RetryAfterSeconds = 0, Method = "PUT" });
        var result = Shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-delivery-fault-$([guid]::NewGuid()).csv")
            $kvIds | ForEach-Object { [pscustomobject]@{ Id = $_; DeliveryStatus = 3; CodAmount = 45000 } } | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try { Import-Csv -Path $csv | Set-KvInvoice -PassThru -Verbose }
            finally { Remove-Item -LiteralPath $csv }
            """, new Dictionary<string, object?> { ["kvIds"] = invoices });
        ReportFaultRun("invoice delivery update", result);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(invoices, result.Output.Select(o => (long)o.Properties["Id"].Value));
        Shop.Controls.SetFaultMix(null);
        var stored = Shop.Shell.Run("$kvIds | ForEach-Object { $d = (Get-KvInvoice -Id $_).Delivery; \"$($d.Status) $($d.PriceCodPayment) $($d.Receiver)\" }", new Dictionary<string, object?> { ["kvIds"] = invoices }).ShouldSucceed();
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"3 45000 Khách {n}"), stored.Output.Select(o => (string)o.BaseObject));
    }

    [Fact]
    public void Thirty_products_with_units_and_variants_from_a_csv_under_faults_are_each_created_once()
    {
        // 10 bases, each followed by its case of 24 and a variant: units go after their base, the rest in batches.
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 2) with { RetryAfterSeconds = 0, Method = "POST", DropAfterCommit = 0.1, GatewayErrorAfterCommit = 0.05 });
        var result = Shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-units-fault-$([guid]::NewGuid()).csv")
            1..10 | ForEach-Object {
                [pscustomobject]@{ Code = "LON-$_"; Name = "Nước $_"; Unit = 'lon'; BasePrice = 10000; MasterUnitCode = ''; ConversionValue = ''; Attributes = '' }
                [pscustomobject]@{ Code = "THUNG-$_"; Name = "Nước $_"; Unit = 'thùng'; BasePrice = 230000; MasterUnitCode = "LON-$_"; ConversionValue = 24; Attributes = '' }
                [pscustomobject]@{ Code = "AO-$_"; Name = "Áo $_"; Unit = 'cái'; BasePrice = 99000; MasterUnitCode = ''; ConversionValue = ''; Attributes = "Size: $_" }
            } | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try { Import-Csv -Path $csv | New-KvProduct -Verbose }
            finally { Remove-Item -LiteralPath $csv }
            """);
        ReportFaultRun("product create with units and variants", result);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(30, result.Output.Count);
        var codes = Shop.Controls.Products.Select(p => p.Code).Where(c => c.StartsWith("LON-", StringComparison.Ordinal) || c.StartsWith("THUNG-", StringComparison.Ordinal) || c.StartsWith("AO-", StringComparison.Ordinal)).ToList();
        Assert.Equal(30, codes.Count);
        Shop.Controls.SetFaultMix(null);
        var families = Shop.Shell.Run("1..10 | ForEach-Object { $p = Get-KvProduct -Code \"THUNG-$_\"; \"$($p.MasterUnitId -eq (Get-KvProduct -Code \"LON-$_\").Id) $($p.ConversionValue) $((Get-KvProduct -Code \"AO-$_\").Attributes)\" }").ShouldSucceed();
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"True 24 Size: {n}"), families.Output.Select(o => (string)o.BaseObject));
    }
}
