using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// New-, Set-, Enable- and Disable-KvSurcharge against the sandbox: rows from a CSV with the columns a user writes,
/// codes generated when none is given, -WhatIf sending nothing, rows refused with the row as target, updates that
/// send only what differs, deactivation whether or not KiotViet lists inactive surcharges.
/// </summary>
public sealed class SurchargeWriteTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public SurchargeWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_csv_of_surcharges_is_created_row_by_row_and_a_bad_row_is_reported_with_the_row()
    {
        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-surcharge-$([guid]::NewGuid()).csv")
            @(
                [pscustomobject]@{ Name = 'Phí giao hàng nhanh'; Code = 'GHN'; Value = '25000' }
                [pscustomobject]@{ Name = 'Phí gói quà Tết'; Code = ''; Value = '10000' }
                [pscustomobject]@{ Name = 'Phí trùng mã'; Code = 'THK000001'; Value = '1000' }
                [pscustomobject]@{ Name = 'Phí âm'; Code = 'AM'; Value = '-5' }
                [pscustomobject]@{ Name = 'Phí lắp đặt'; Code = 'LD'; Value = '150000' }
            ) | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try { Import-Csv -Path $csv | New-KvSurcharge }
            finally { Remove-Item -LiteralPath $csv }
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(new[] { "GHN", "THK000004", "LD" }, result.Output.Select(o => (string)o.Properties["SurchargeCode"].Value));
        Assert.Equal(new[] { 25000m, 10000m, 150000m }, result.Output.Select(o => (decimal)o.Properties["Value"].Value));
        Assert.All(result.Output, o => Assert.NotNull(o.Properties["CreatedDate"].Value));
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("THK000001", result.Errors[0].Exception.Message);
        Assert.Equal("Phí trùng mã", ((PSObject)result.Errors[0].TargetObject).Properties["Name"].Value);
        Assert.StartsWith("KiotVietInvalidSurcharge,", result.Errors[1].FullyQualifiedErrorId);
        Assert.Equal("Phí âm", ((PSObject)result.Errors[1].TargetObject).Properties["Name"].Value);
        var stored = shop.Controls.Surcharges.ToDictionary(s => s.Code);
        Assert.Equal(("Phí giao hàng nhanh", 25000m, true), (stored["GHN"].Name, stored["GHN"].Value, stored["GHN"].IsActive));
        Assert.Equal("Phí gói quà Tết", stored["THK000004"].Name);
        Assert.False(stored.ContainsKey("AM"));
        Assert.Equal(4, shop.Controls.RequestCount("POST", "/surchages"));
    }

    [Fact]
    public void WhatIf_sends_no_write()
    {
        var result = shop.Shell.Run("""
            New-KvSurcharge -Name 'Phí thử' -Value 1000 -WhatIf
            Set-KvSurcharge -Code THK000001 -Value 35000 -WhatIf
            Disable-KvSurcharge -Code THK000001 -WhatIf
            """).ShouldSucceed();

        Assert.Empty(result.Output);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/surchages"));
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/surchages"));
        Assert.Equal(new[] { "Phí giao hàng", "Phí phục vụ", "Phí đóng gói quà" }, shop.Controls.Surcharges.Select(s => s.Name));
        Assert.Equal(30000m, shop.Controls.Surcharges[0].Value);
        Assert.True(shop.Controls.Surcharges[0].IsActive);
    }

    [Fact]
    public void Set_from_a_csv_by_code_sends_only_the_rows_that_change_something_and_keeps_what_a_row_leaves_empty()
    {
        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-surcharge-set-$([guid]::NewGuid()).csv")
            @(
                [pscustomobject]@{ Code = 'THK000001'; Name = 'Phí giao hàng nội thành'; Value = '35000' }
                [pscustomobject]@{ Code = 'THK000003'; Name = 'Phí đóng gói quà'; Value = '15000' }
                [pscustomobject]@{ Code = 'THK000002'; Name = 'Phí phục vụ tại bàn'; Value = '' }
                [pscustomobject]@{ Code = 'KHONGCO'; Name = 'Không có'; Value = '1' }
            ) | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try { Import-Csv -Path $csv | Set-KvSurcharge -PassThru -Verbose }
            finally { Remove-Item -LiteralPath $csv }
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(new[] { "Phí giao hàng nội thành", "Phí đóng gói quà", "Phí phục vụ tại bàn" }, result.Output.Select(o => (string)o.Properties["SurchargeName"].Value));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietSurchargeNotFound,", error.FullyQualifiedErrorId);
        Assert.Equal("KHONGCO", ((PSObject)error.TargetObject).Properties["Code"].Value);
        Assert.Contains(result.Verbose, v => v.Contains("THK000003") && v.Contains("nothing sent"));
        Assert.Equal(2, shop.Controls.RequestCount("PUT", "/surchages"));
        var stored = shop.Controls.Surcharges.ToDictionary(s => s.Code);
        Assert.Equal(("Phí giao hàng nội thành", 35000m), (stored["THK000001"].Name, stored["THK000001"].Value));
        Assert.Equal(("Phí phục vụ tại bàn", null, 5m), (stored["THK000002"].Name, stored["THK000002"].Value, stored["THK000002"].ValueRatio));
    }

    [Fact]
    public void A_piped_surcharge_is_renamed_and_recoded_and_its_other_fields_are_kept()
    {
        var result = shop.Shell.Run("""
            Get-KvSurcharge | Where-Object SurchargeCode -eq 'THK000001' | Set-KvSurcharge -Code SHIP -Name 'Phí ship' -PassThru
            """).ShouldSucceed();

        var updated = Assert.Single(result.Output);
        Assert.Equal(("SHIP", "Phí ship", 30000m), ((string)updated.Properties["SurchargeCode"].Value, (string)updated.Properties["SurchargeName"].Value, (decimal)updated.Properties["Value"].Value));
        Assert.Equal(800001L, updated.Properties["Id"].Value);
        Assert.Equal("SHIP", shop.Controls.Surcharges.Single(s => s.Id == 800001).Code);
    }

    [Fact]
    public void Disable_and_enable_change_only_what_is_not_already_so()
    {
        var result = shop.Shell.Run("""
            'THK000001', 'THK000003' | ForEach-Object { [pscustomobject]@{ Code = $_ } } | Disable-KvSurcharge -PassThru -Verbose
            Enable-KvSurcharge -Id 800003 -PassThru
            """).ShouldSucceed();

        Assert.Equal(new[] { false, false, true }, result.Output.Select(o => (bool)o.Properties["IsActive"].Value));
        Assert.Contains(result.Verbose, v => v.Contains("THK000003") && v.Contains("already is inactive"));
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/surchages/"));
        var stored = shop.Controls.Surcharges.ToDictionary(s => s.Code);
        Assert.False(stored["THK000001"].IsActive);
        Assert.True(stored["THK000003"].IsActive);
    }

    [Fact]
    public void A_surcharge_the_list_hides_once_deactivated_is_reported_deactivated_and_can_be_enabled_by_id()
    {
        shop.Sandbox.Options.InactiveSurchargesListed = false;
        try
        {
            var result = shop.Shell.Run("""
                Disable-KvSurcharge -Code THK000002 -PassThru
                (Get-KvSurcharge).SurchargeCode -join ','
                Enable-KvSurcharge -Id 800003 -PassThru
                """).ShouldSucceed();

            Assert.Equal(3, result.Output.Count);
            Assert.Equal((800002L, false), ((long)result.Output[0].Properties["Id"].Value, (bool)result.Output[0].Properties["IsActive"].Value));
            Assert.Equal("THK000001", result.Output[1].BaseObject);
            Assert.Equal((800003L, true), ((long)result.Output[2].Properties["Id"].Value, (bool)result.Output[2].Properties["IsActive"].Value));
            Assert.Equal(new[] { true, false, true }, shop.Controls.Surcharges.Select(s => s.IsActive));
        }
        finally
        {
            shop.Sandbox.Options.InactiveSurchargesListed = true;
        }
    }

    [Fact]
    public void An_order_carries_the_surcharges_named_by_code_or_piped_and_a_stopped_or_unknown_one_is_refused_before_sending()
    {
        var result = shop.Shell.Run("""
            $line = @{ ProductCode = 'SP000001'; Quantity = 2; Price = 50000 }
            New-KvOrder -BranchId 1001 -Line $line -Surcharge THK000001, @{ Code = 'THK000002' }
            $fee = Get-KvSurcharge | Where-Object SurchargeCode -eq 'THK000001'
            New-KvOrder -BranchId 1001 -Line $line -Surcharge @{ Id = $fee.Id; Price = 12500 }
            New-KvOrder -BranchId 1001 -Line $line -Surcharge THK000003
            New-KvOrder -BranchId 1001 -Line $line -Surcharge KHONGCO
            """);

        Assert.True(result.Output.Count == 2, string.Join("\n", result.Errors.Select(e => e.Exception.Message)));
        var first = result.Output[0];
        Assert.Equal(100000m + 30000m + 5000m, (decimal)first.Properties["Total"].Value);
        var applied = ((System.Collections.IEnumerable)first.Properties["InvoiceOrderSurcharges"].Value).Cast<object>().Select(PSObject.AsPSObject).ToList();
        Assert.Equal(new[] { ("Phí giao hàng", 30000m), ("Phí phục vụ", 5000m) }, applied.Select(a => ((string)a.Properties["SurchargeName"].Value, (decimal)a.Properties["Price"].Value)));
        Assert.Equal(100000m + 12500m, (decimal)result.Output[1].Properties["Total"].Value);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietInvalidOrder,", e.FullyQualifiedErrorId));
        Assert.Contains("not active", result.Errors[0].Exception.Message);
        Assert.Contains("KHONGCO", result.Errors[1].Exception.Message);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/orders"));
    }

    [Fact]
    public void Surcharge_ids_complete_with_their_code_and_name()
    {
        var completions = shop.Shell.Run("""
            (TabExpansion2 -inputScript 'Disable-KvSurcharge -Id ' -cursorColumn 24).CompletionMatches
            """).ShouldSucceed().Output.Select(o => (CompletionResult)o.BaseObject).ToList();

        Assert.Equal(new[] { "800001", "800002", "800003" }, completions.Select(c => c.CompletionText));
        Assert.Equal("THK000001 Phí giao hàng", completions[0].ToolTip);
    }
}
