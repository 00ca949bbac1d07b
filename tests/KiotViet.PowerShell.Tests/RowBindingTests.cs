using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// A CSV row whose text cannot be sent (too long, a control character from a copied cell) is refused by the cmdlet as
/// a row: its error names the row and the field, and the summary counts it, so the rows read add up.
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
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietInvalidText,", e.FullyQualifiedErrorId));
        Assert.Contains("-Name: The text is 420 characters long", result.Errors[0].Exception.Message);
        Assert.Contains("-Name: The text contains the control character U+0007", result.Errors[1].Exception.Message);
        Assert.Equal("New-KvCustomer: 5 row(s): 3 created, 0 skipped as existing, 2 refused, 0 failed.", result.Output.Last().ToString());
        Assert.Equal(before + 3, shop.Controls.CustomerCount);
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
