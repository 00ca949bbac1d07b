using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// A CSV row with a value that cannot be sent (text too long or with a control character from a copied cell, a
/// gender, date, number, yes/no or id that does not read, an empty required cell) is refused by the cmdlet as a row:
/// its error names the row and the field, and the summary counts it, so the rows read add up.
/// </summary>
public sealed class RowBindingTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public RowBindingTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Rows_with_text_that_cannot_be_sent_are_refused_in_their_turn_and_counted()
    {
        var before = shop.Controls.CustomerCount;

        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-leads-$([guid]::NewGuid()).csv")
            @(
                [pscustomobject]@{ Row = 1; Name = 'Trần Thị Hoa'; Phone = '0903100001' }
                [pscustomobject]@{ Row = 2; Name = ('Nguyễn ' * 60); Phone = '0903100002' }
                [pscustomobject]@{ Row = 3; Name = 'Lê Văn Bình'; Phone = '0903100003' }
                [pscustomobject]@{ Row = 4; Name = "Phạm$([char]7)Minh"; Phone = '0903100004' }
                [pscustomobject]@{ Row = 5; Name = 'Đỗ Quang'; Phone = '0903100005' }
            ) | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try { Import-Csv -Path $csv | New-KvCustomer -InformationVariable kvInfo }
            finally { Remove-Item -LiteralPath $csv }
            ($kvInfo | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData.ToString()
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(new[] { "2", "4" }, result.Errors.Select(e => (string)((PSObject)e.TargetObject).Properties["Row"].Value));
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietInvalidRow,", e.FullyQualifiedErrorId));
        Assert.Contains("-Name: The text is 420 characters long", result.Errors[0].Exception.Message);
        Assert.Contains("-Name: The text contains the control character U+0007", result.Errors[1].Exception.Message);
        Assert.Equal("New-KvCustomer: 5 row(s): 3 created, 0 skipped as existing, 2 refused, 0 failed.", result.Output.Last().ToString());
        Assert.Equal(before + 3, shop.Controls.CustomerCount);
    }

    private ScriptResult Import(string culture, string csv, string command) =>
        shop.Shell.Run($$"""
            [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo('{{culture}}')
            try { @'
            {{csv}}
            '@ | ConvertFrom-Csv | {{command}} -InformationVariable kvInfo }
            finally { [cultureinfo]::CurrentCulture = [cultureinfo]::InvariantCulture }
            ($kvInfo | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData.ToString()
            """);

    private static string[] Rows(ScriptResult result) =>
        result.Errors.Select(e => ((PSObject)e.TargetObject).Properties["Row"].Value.ToString()!).ToArray();

    [Fact]
    public void Rows_whose_gender_date_ids_or_required_name_do_not_read_are_refused_naming_the_field_and_counted()
    {
        var before = shop.Controls.CustomerCount;

        var result = Import("vi-VN", """
            Row,Name,Phone,Gender,BirthDate,GroupId
            1,Trần Thị Hoa,0903200001,Nữ,,
            2,Lê Văn Bình,0903200002,robot,,
            3,,0903200003,,,
            4,Đỗ Quang,0903200004,,31/02/1990,
            5,Phạm Minh,0903200005,,,abc
            6,Vũ Lan,0903200006,Nam,15/03/1990,
            """, "New-KvCustomer");

        Assert.Null(result.Terminating);
        Assert.Equal(new[] { "2", "3", "4", "5" }, Rows(result));
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietInvalidRow,", e.FullyQualifiedErrorId));
        Assert.Contains("Row 'Lê Văn Bình'", result.Errors[0].Exception.Message);
        Assert.Contains("-Gender: 'robot' is not a gender", result.Errors[0].Exception.Message);
        Assert.Contains("-Name: The value is empty.", result.Errors[1].Exception.Message);
        Assert.Contains("-BirthDate:", result.Errors[2].Exception.Message);
        Assert.Contains("-GroupId: 'abc' is not a numeric id.", result.Errors[3].Exception.Message);
        Assert.Equal("New-KvCustomer: 6 row(s): 2 created, 0 skipped as existing, 4 refused, 0 failed.", result.Output.Last().ToString());
        Assert.Equal(before + 2, shop.Controls.CustomerCount);
    }

    [Fact]
    public void A_products_yes_no_column_binds_as_export_csv_writes_it_and_a_number_or_yes_no_that_does_not_read_refuses_its_row()
    {
        var result = Import("vi-VN", """
            Row,Code,Name,BasePrice,AllowsSale
            1,RB-001,Áo thun,150.000,False
            2,RB-002,Quần jean,"1,2,3",True
            3,RB-003,Mũ lưỡi trai,10.000,maybe
            4,RB-004,Khăn,"12.000,5",1
            """, "New-KvProduct");

        Assert.Equal(new[] { "2", "3" }, Rows(result));
        Assert.Contains("-BasePrice:", result.Errors[0].Exception.Message);
        Assert.Contains("-AllowsSale: 'maybe' is not yes or no.", result.Errors[1].Exception.Message);
        var created = shop.Shell.Run("Get-KvProduct -Code RB-001, RB-004 | Sort-Object Code | ForEach-Object { '{0} {1} {2}' -f $_.Code, $_.BasePrice, $_.AllowsSale }").ShouldSucceed();
        Assert.Equal(new[] { "RB-001 150000 False", "RB-004 12000.5 True" }, created.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void Products_exported_to_csv_and_imported_back_bind_every_row_and_change_nothing()
    {
        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-products-$([guid]::NewGuid()).csv")
            try {
                Get-KvProduct -First 20 | Export-Csv -Path $csv -NoTypeInformation
                Import-Csv -Path $csv | Set-KvProduct -InformationVariable kvInfo
            }
            finally { Remove-Item -LiteralPath $csv }
            ($kvInfo | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData.ToString()
            """).ShouldSucceed();

        Assert.Matches(@"^Set-KvProduct: 20 row\(s\): 0 updated, 20 unchanged", result.Output.Last().ToString());
    }

    [Fact]
    public void An_update_row_whose_id_does_not_read_is_refused_and_counted()
    {
        var id = shop.Shell.Run("(Get-KvCustomer -First 1).Id").ShouldSucceed().Output.Single().ToString();

        var result = Import("en-US", $"""
            Row,Id,Comments
            1,{id},khách quen
            2,KH-{id},khách mới
            3,,khách lạ
            """, "Set-KvCustomer");

        Assert.Equal(new[] { "2", "3" }, Rows(result));
        Assert.Contains($"-Id: 'KH-{id}' is not a numeric id.", result.Errors[0].Exception.Message);
        Assert.Contains("-Id: The id is empty", result.Errors[1].Exception.Message);
        Assert.Matches(@"^Set-KvCustomer: 3 row\(s\): 1 updated, .*2 refused", result.Output.Last().ToString());
    }

    [Fact]
    public void Stock_line_quantities_are_read_in_the_sessions_culture_and_a_quantity_that_does_not_read_refuses_its_row()
    {
        var result = Import("vi-VN", """
            Row,Branch,Supplier,ProductCode,Quantity,Price
            1,1001,NCC00001,SP000001,1.500,"20.000,5"
            2,1001,NCC00002,SP000002,một,1.000
            """, "New-KvPurchaseOrder");

        Assert.Equal(new[] { "2" }, Rows(result));
        Assert.Contains("-Quantity:", result.Errors[0].Exception.Message);
        Assert.Equal("SP000001 x1500", Assert.Single(result.Output.Take(result.Output.Count - 1)).Properties["Lines"].Value.ToString());
    }

    [Fact]
    public void A_value_that_does_not_read_on_a_command_line_inside_another_kv_pipeline_is_refused_naming_it()
    {
        var before = shop.Controls.CustomerCount;

        var result = shop.Shell.Run("Get-KvBranch -First 1 | ForEach-Object { New-KvCustomer -Name 'Ngô Thị Mai' -Gender robot }");

        Assert.Contains("-Gender: 'robot' is not a gender", Assert.Single(result.Errors).ToString());
        Assert.Equal(before, shop.Controls.CustomerCount);
    }

    [Fact]
    public void Payment_methods_read_in_any_casing_or_in_vietnamese()
    {
        var result = shop.Shell.Run("""
            $method = [KiotViet.Commands.Infrastructure.PaymentMethodTransformationAttribute]::new()
            'cash', 'Chuyển khoản', 'THẺ' | ForEach-Object { $method.Transform($null, $_) }
            """).ShouldSucceed();

        Assert.Equal(new[] { "Cash", "Transfer", "Card" }, result.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void No_write_parameter_that_binds_from_a_row_can_make_PowerShell_drop_the_row_at_binding()
    {
        // Built-in checks throw at binding (the row is dropped, uncounted), and PowerShell's own conversion of a CSV
        // cell to a number, yes/no or date fails there too: such a parameter needs the module's row checks instead.
        var result = shop.Shell.Run("""
            $dropping = 'ValidateRangeAttribute', 'ValidateSetAttribute', 'ValidateNotNullOrEmptyAttribute', 'ValidatePatternAttribute', 'ValidateLengthAttribute', 'ValidateCountAttribute'
            $converted = [decimal], [long], [int], [bool], [datetime], [double], [KiotViet.Gender]
            foreach ($command in Get-Command -Module KiotViet -CommandType Cmdlet | Where-Object Verb -in 'New', 'Set', 'Remove', 'Enable', 'Disable', 'Publish', 'Use') {
                foreach ($parameter in $command.Parameters.Values | Where-Object { $_.ParameterSets.Values.ValueFromPipelineByPropertyName -contains $true }) {
                    $attributes = $parameter.Attributes | ForEach-Object { $_.GetType() }
                    $type = $parameter.ParameterType
                    if ($type.IsArray) { $type = $type.GetElementType() }
                    if ([Nullable]::GetUnderlyingType($type)) { $type = [Nullable]::GetUnderlyingType($type) }
                    $transformed = $attributes | Where-Object { $_.IsSubclassOf([KiotViet.Commands.Infrastructure.RowTransformationAttribute]) -and $_.Name -ne 'EmptyAsNullTransformationAttribute' }
                    $mandatory = $parameter.ParameterSets.Values.IsMandatory -contains $true
                    $problems = @(
                        $attributes | Where-Object Name -in $dropping | ForEach-Object Name
                        if ($type -in $converted -and -not $transformed) { "a $($type.Name) converted by PowerShell" }
                        if ($type -eq [string] -and $mandatory -and -not ($attributes -contains [System.Management.Automation.AllowEmptyStringAttribute])) { 'mandatory text without AllowEmptyString' }
                    )
                    if ($problems) { "$($command.Name) -$($parameter.Name): $($problems -join ', ')" }
                }
            }
            """).ShouldSucceed();

        Assert.Empty(result.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void A_value_given_on_the_command_line_is_still_refused_at_binding()
    {
        var result = shop.Shell.RunCatching("New-KvCustomer -Name ('x' * 300)");

        Assert.NotNull(result.Caught);
        Assert.StartsWith("ParameterArgumentValidationError,", result.Caught!.FullyQualifiedErrorId);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/customers"));
    }
}
