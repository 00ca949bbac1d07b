using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class CategoryWriteTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public CategoryWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_csv_creates_a_tree_parents_first_and_a_fourth_level_is_refused_before_sending()
    {
        var result = shop.Shell.Run("""
            @'
            Name,Parent
            Văn phòng phẩm,
            Bút,Văn phòng phẩm
            Bút bi,Văn phòng phẩm > Bút
            Bút bi xanh,Văn phòng phẩm > Bút > Bút bi
            Giấy,Không có cha này
            '@ | ConvertFrom-Csv | New-KvCategory
            """);

        Assert.Equal(3, result.Output.Count);
        Assert.Equal(3, shop.Controls.RequestCount("POST", "/categories"));
        var stored = shop.Controls.Categories;
        var root = Assert.Single(stored, c => c.Name == "Văn phòng phẩm");
        Assert.Null(root.ParentId);
        var pen = Assert.Single(stored, c => c.Name == "Bút");
        Assert.Equal(root.Id, pen.ParentId);
        Assert.Equal(pen.Id, Assert.Single(stored, c => c.Name == "Bút bi").ParentId);
        Assert.DoesNotContain(stored, c => c.Name is "Bút bi xanh" or "Giấy");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietInvalidCategory,", e.FullyQualifiedErrorId));
        Assert.Contains("at most 3 levels", result.Errors[0].Exception.Message);
        Assert.Equal("Bút bi xanh", ((PSObject)result.Errors[0].TargetObject).Properties["Name"].Value);
        Assert.Contains("Không có cha này", result.Errors[1].Exception.Message);
    }

    [Fact]
    public void Deleting_a_parent_or_a_category_in_use_shows_KiotViets_refusal_and_an_empty_one_is_deleted()
    {
        var result = shop.Shell.Run("""
            $empty = New-KvCategory -Name 'Tạm thời'
            300001, 300003, $empty.Id | Remove-KvCategory -Confirm:$false
            """);

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietValidation,", e.FullyQualifiedErrorId));
        Assert.Contains("đang có nhóm con", result.Errors[0].ToString());
        Assert.Contains("đang được sử dụng", result.Errors[1].ToString());
        Assert.Equal(new[] { 300001L, 300003L }, result.Errors.Select(e => Convert.ToInt64(PSObject.AsPSObject(e.TargetObject).BaseObject)));
        Assert.DoesNotContain(shop.Controls.Categories, c => c.Name == "Tạm thời");
        Assert.Contains(shop.Controls.Categories, c => c.Id == 300001);
    }

    [Fact]
    public void A_piped_category_is_renamed_in_place_and_a_move_past_the_third_level_is_refused()
    {
        var result = shop.Shell.Run("""
            Get-KvCategory | Where-Object CategoryName -eq 'Gia vị' | Set-KvCategory -Name 'Gia vị & nước chấm' -PassThru
            Set-KvCategory -Id 300012 -Parent 'Đồ uống > Trà'
            """);

        var renamed = Assert.Single(result.Output);
        Assert.Equal("Gia vị & nước chấm", renamed.Properties["CategoryName"].Value);
        var stored = Assert.Single(shop.Controls.Categories, c => c.Id == 300012);
        Assert.Equal((300008L, "Gia vị & nước chấm"), (stored.ParentId!.Value, stored.Name));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietInvalidCategory,", error.FullyQualifiedErrorId);
        Assert.Equal(1, shop.Controls.RequestCount("PUT", "/categories"));
    }

    [Fact]
    public void WhatIf_sends_no_write()
    {
        var result = shop.Shell.Run("""
            New-KvCategory -Name 'Đồ khô' -WhatIf
            Get-KvCategory | Select-Object -First 2 | Set-KvCategory -Name 'x' -WhatIf
            Get-KvCategory | Select-Object -First 2 | Remove-KvCategory -WhatIf
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/categories"));
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/categories"));
        Assert.Equal(0, shop.Controls.RequestCount("DELETE", "/categories"));
    }

    [Fact]
    public void Reimporting_an_export_sends_nothing_and_one_edited_row_sends_one_update()
    {
        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-categories-$([guid]::NewGuid()).csv")
            Get-KvCategory | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try {
                Import-Csv -Path $csv | Set-KvCategory -InformationVariable kvSame
                $rows = Import-Csv -Path $csv
                $rows[1].CategoryName = $rows[1].CategoryName + ' (mới)'
                $rows | Set-KvCategory -InformationVariable kvOne
            } finally { Remove-Item -LiteralPath $csv }
            ($kvSame | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData.ToString()
            ($kvOne | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData.ToString()
            """).ShouldSucceed();

        var count = shop.Controls.Categories.Count;
        Assert.Equal($"Set-KvCategory: {count} row(s): 0 updated, {count} unchanged, 0 skipped as existing, 0 refused, 0 failed.", result.Output[0].ToString());
        Assert.Equal($"Set-KvCategory: {count} row(s): 1 updated, {count - 1} unchanged, 0 skipped as existing, 0 refused, 0 failed.", result.Output[1].ToString());
        Assert.Equal(1, shop.Controls.RequestCount("PUT", "/categories"));
    }
}
