using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// New-, Publish- and Remove-KvVoucher and Use-KvCoupon against the sandbox: codes from a CSV, campaigns by name,
/// code or id (an inactive one refused before sending), vouchers piped from Get-KvVoucher, -WhatIf sending nothing,
/// KiotViet's refusals reported with the row, the cancel on either documented method, coupon refusals in each form.
/// </summary>
public sealed class VoucherWriteTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public VoucherWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Codes_from_a_csv_become_vouchers_of_the_campaign_each_row_names_and_bad_rows_are_reported_with_the_row()
    {
        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-voucher-$([guid]::NewGuid()).csv")
            @(
                [pscustomobject]@{ Campaign = 'Tri ân khách hàng'; Code = 'TRIAN-001' }
                [pscustomobject]@{ Campaign = 'VC000003'; Code = 'TET-001' }
                [pscustomobject]@{ Campaign = '1200001'; Code = 'VC000001-0001' }
                [pscustomobject]@{ Campaign = 'Khai trương chi nhánh Hà Nội'; Code = 'KT-001' }
                [pscustomobject]@{ Campaign = 'Không có'; Code = 'X-001' }
                [pscustomobject]@{ Campaign = 'Tri ân khách hàng'; Code = 'TRIAN-002' }
            ) | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try { Import-Csv -Path $csv | New-KvVoucher -PassThru }
            finally { Remove-Item -LiteralPath $csv }
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(new[] { "TRIAN-001", "TET-001", "TRIAN-002" }, result.Output.Select(o => (string)o.Properties["Code"].Value));
        Assert.All(result.Output, o => Assert.Equal(0, o.Properties["Status"].Value));
        Assert.Equal(3, result.Errors.Count);
        Assert.Contains("VC000001-0001", result.Errors[0].Exception.Message); // KiotViet's refusal: the code is taken
        Assert.Equal("VC000001-0001", ((PSObject)result.Errors[0].TargetObject).Properties["Code"].Value);
        Assert.StartsWith("KiotVietInvalidVoucherCampaign,", result.Errors[1].FullyQualifiedErrorId);
        Assert.Contains("not active", result.Errors[1].Exception.Message);
        Assert.StartsWith("KiotVietInvalidVoucherCampaign,", result.Errors[2].FullyQualifiedErrorId);
        Assert.Equal(4, shop.Controls.RequestCount("POST", "/voucher"));
        var stored = shop.Controls.Vouchers.ToDictionary(v => v.Code);
        Assert.Equal((1200001L, 0), (stored["TRIAN-001"].CampaignId, stored["TRIAN-001"].Status));
        Assert.Equal(1200003L, stored["TET-001"].CampaignId);
        Assert.False(stored.ContainsKey("KT-001"));
    }

    [Fact]
    public void Vouchers_not_yet_released_are_released_from_the_pipeline_and_a_released_one_is_refused_by_KiotViet()
    {
        var notReleased = shop.Controls.Vouchers.Where(v => v.CampaignId == 1200001 && v.Status == 0).Select(v => v.Code).Order().ToList();
        var released = shop.Controls.Vouchers.First(v => v.CampaignId == 1200001 && v.Status == 1).Code;

        var result = shop.Shell.Run("""
            Get-KvVoucher -CampaignId 1200001 -Status NotReleased | Publish-KvVoucher -ReleaseDate '2026-12-10' -PassThru
            Publish-KvVoucher -Campaign VC000001 -Code $kvReleased
            """, new Dictionary<string, object?> { ["kvReleased"] = released });

        Assert.Equal(notReleased, result.Output.Select(o => (string)o.Properties["Code"].Value).Order());
        Assert.All(result.Output, o => Assert.Equal(1, o.Properties["Status"].Value));
        var error = Assert.Single(result.Errors);
        Assert.Equal(released, error.TargetObject is PSObject p ? p.BaseObject : error.TargetObject);
        var stored = shop.Controls.Vouchers.ToDictionary(v => v.Code);
        Assert.All(notReleased, code => Assert.Equal((1, new DateTime(2026, 12, 10)), (stored[code].Status, stored[code].ReleaseDate!.Value.Date)));
    }

    [Fact]
    public void WhatIf_sends_nothing_and_a_cancel_makes_a_new_voucher_cancelled()
    {
        var result = shop.Shell.Run("""
            New-KvVoucher -Campaign VC000003 -Code TET-HUY -WhatIf
            Publish-KvVoucher -Campaign VC000003 -Code VC000003-0003 -WhatIf
            Remove-KvVoucher -Campaign VC000003 -Code VC000003-0003 -WhatIf
            New-KvVoucher -Campaign VC000003 -Code TET-HUY | Out-Null
            Remove-KvVoucher -Campaign VC000003 -Code TET-HUY -Confirm:$false -PassThru
            """).ShouldSucceed();

        var cancelled = Assert.Single(result.Output);
        Assert.Equal(("TET-HUY", 3), ((string)cancelled.Properties["Code"].Value, (int)cancelled.Properties["Status"].Value));
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/voucher/cancel"));
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/voucher/release"));
        Assert.Equal(0, shop.Controls.Vouchers.Single(v => v.Code == "VC000003-0003").Status);
        Assert.Equal(3, shop.Controls.Vouchers.Single(v => v.Code == "TET-HUY").Status);
    }

    [Fact]
    public void Coupons_are_marked_used_once_and_a_used_or_unknown_coupon_is_refused_with_its_reason_in_each_answer_form()
    {
        foreach (var (form, first) in new[] { (CouponErrorForm.CodeAndMessage, 1), (CouponErrorForm.Code, 2), (CouponErrorForm.MessageInCode, 3) })
        {
            shop.Sandbox.Options.CouponErrorForm = form;
            try
            {
                var result = shop.Shell.Run("""
                    $kvCodes | Use-KvCoupon -PassThru
                    """, new Dictionary<string, object?> { ["kvCodes"] = new[] { $"CP{first:D6}", "CP000005", "KHONGCO" } });

                Assert.Equal(new object[] { $"CP{first:D6}" }, result.Output.Select(o => o.BaseObject));
                Assert.Equal(2, result.Errors.Count);
                Assert.Equal(new object[] { "CP000005", "KHONGCO" }, result.Errors.Select(e => e.TargetObject is PSObject p ? p.BaseObject : e.TargetObject));
                Assert.All(result.Errors, e => Assert.Contains("did not mark coupon", e.Exception.Message));
            }
            finally
            {
                shop.Sandbox.Options.CouponErrorForm = CouponErrorForm.CodeAndMessage;
            }
        }

        Assert.Equal(new[] { "CP000001", "CP000002", "CP000003", "CP000005", "CP000010", "CP000015", "CP000020" }, shop.Controls.Coupons.Where(c => c.IsUsed).Select(c => c.Code));
    }

    [Fact]
    public async Task A_shop_that_cancels_vouchers_only_on_DELETE_is_answered_after_one_refused_POST()
    {
        var deleting = new SandboxSession(new SandboxOptions { CustomerCount = 1, InvoiceCount = 0, OrderCount = 0, VoucherCancelMethod = VoucherCancelMethod.Delete });
        await deleting.InitializeAsync();
        try
        {
            deleting.Shell.Run("""
                'A', 'B' | ForEach-Object { New-KvVoucher -Campaign VC000001 -Code "HUY-$_" } | Out-Null
                'A', 'B' | ForEach-Object { Remove-KvVoucher -Campaign VC000001 -Code "HUY-$_" -Confirm:$false }
                """).ShouldSucceed();

            Assert.All(deleting.Controls.Vouchers.Where(v => v.Code.StartsWith("HUY-")), v => Assert.Equal(3, v.Status));
            Assert.Equal(1, deleting.Controls.RequestCount("POST", "/voucher/cancel"));
            Assert.Equal(2, deleting.Controls.RequestCount("DELETE", "/voucher/cancel"));
        }
        finally
        {
            await deleting.DisposeAsync();
        }
    }
}
