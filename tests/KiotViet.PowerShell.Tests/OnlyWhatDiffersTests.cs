using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// An update sends only what differs from the record: exporting the shop, editing one row in the file and importing
/// it back sends one update with that one field, in every culture; rows that match are counted as unchanged.
/// </summary>
public sealed class OnlyWhatDiffersTests : IClassFixture<OnlyWhatDiffersTests.LargeShop>
{
    private readonly SandboxSession shop;

    public OnlyWhatDiffersTests(LargeShop shop)
    {
        this.shop = shop.Session;
        this.shop.Reset();
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    [InlineData("")]
    public void Exporting_a_thousand_customers_editing_one_and_importing_sends_one_update(string culture)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"kv-diff-{Guid.NewGuid():N}.csv");
        try
        {
            shop.Shell.Run($$"""
                [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo('{{culture}}')
                Get-KvCustomer -IncludeGroups | Export-Csv -Path '{{csv}}' -NoTypeInformation -Encoding utf8BOM
                [cultureinfo]::CurrentCulture = [cultureinfo]::InvariantCulture
                """).ShouldSucceed();
            // The edit a user makes in the file: one cell of one row.
            var editedCode = shop.Shell.Run($$"""
                $rows = @(Import-Csv -Path '{{csv}}' -Encoding utf8BOM)
                $rows[499].Email = 'da.sua@example.vn'
                $rows | Export-Csv -Path '{{csv}}' -NoTypeInformation -Encoding utf8BOM
                $rows.Count; $rows[499].Code
                """).ShouldSucceed().Output.Select(o => o.ToString()).ToList();
            Assert.Equal("1000", editedCode[0]);
            shop.Controls.ResetCounters();

            var result = shop.Shell.Run($$"""
                [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo('{{culture}}')
                try { Import-Csv -Path '{{csv}}' -Encoding utf8BOM | Set-KvCustomer -InformationVariable summary -PassThru | Where-Object Email -eq 'da.sua@example.vn' }
                finally { [cultureinfo]::CurrentCulture = [cultureinfo]::InvariantCulture }
                $summary.MessageData
                """).ShouldSucceed();

            var customerPuts = shop.Controls.RequestCount("PUT", "/customers/");
            var batchPuts = shop.Controls.Requests.Count(r => r.Method == "PUT" && r.Path.Contains("listupdate", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(1, customerPuts + batchPuts);
            Assert.Equal(editedCode[1], result.Output[0].Properties["Code"].Value);
            var summary = result.Output[1].BaseObject;
            Assert.Equal(1, (int)summary.GetType().GetProperty("Written")!.GetValue(summary)!);
            Assert.Equal(999, (int)summary.GetType().GetProperty("Unchanged")!.GetValue(summary)!);
            Assert.Equal(1000, (int)summary.GetType().GetProperty("Rows")!.GetValue(summary)!);
            // 1000 customers are 10 pages: a few lookups, then the list once (about twice the cheaper), never 1000 reads.
            var reads = shop.Controls.RequestCount("GET", "/customers");
            Assert.True(reads <= 30, $"{reads} GETs to compare 1000 rows");
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void A_piped_record_with_the_value_it_already_has_is_not_sent()
    {
        var result = shop.Shell.Run("""
            $c = Get-KvCustomer -First 1
            $c | Set-KvCustomer -Name $c.Name -InformationVariable summary -Verbose 4>&1 | Out-Null
            $summary.MessageData.ToString()
            """).ShouldSucceed();

        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/customers/"));
        Assert.Contains("0 updated, 1 unchanged", result.Output.Last().ToString());
    }

    [Fact]
    public void A_product_row_is_compared_with_its_record_and_only_the_new_price_is_sent()
    {
        var result = shop.Shell.Run("""
            $p = Get-KvProduct -First 2
            @([pscustomobject]@{ Id = $p[0].Id; Name = $p[0].Name; BasePrice = $p[0].BasePrice }
              [pscustomobject]@{ Id = $p[1].Id; Name = $p[1].Name; BasePrice = $p[1].BasePrice + 1000 }) |
                Set-KvProduct -PassThru -InformationVariable summary | Out-Null
            $summary.MessageData.ToString()
            """).ShouldSucceed();

        Assert.Single(shop.Controls.Requests, r => r.Method == "PUT");
        Assert.Contains("1 updated, 1 unchanged", result.Output.Last().ToString());
    }

    /// <summary>A shop of a thousand customers, for the export of the issue.</summary>
    public sealed class LargeShop : IAsyncLifetime
    {
        public SandboxSession Session { get; } = new(new KiotViet.Sandbox.SandboxOptions { CustomerCount = 1000, InvoiceCount = 20 });

        public Task InitializeAsync() => Session.InitializeAsync();

        public Task DisposeAsync() => Session.DisposeAsync();
    }
}
