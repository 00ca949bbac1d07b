using System.Diagnostics;
using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// A 500-row product import from a CSV file and a reprice of those products by code, against a sandbox that meets
/// every request with a seeded mix of faults (writes saved whose answer is lost among them): every row must end
/// written exactly once, with its true outcome reported.
/// </summary>
public sealed class ProductBulkWriteFaultTests : FaultRunTests
{
    private const int RowCount = 500;
    private const int Seed = 20261213;

    // Rows KiotViet refuses (a code already taken) and rows refused before sending (a category that does not exist).
    private static readonly int[] TakenCodeRows = { 100, 300 };
    private static readonly int[] BadCategoryRows = { 50, 250, 450 };

    public ProductBulkWriteFaultTests(ITestOutputHelper output)
        : base(new SandboxOptions { CustomerCount = 10, InvoiceCount = 10, OrderCount = 5 }, output)
    {
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_product_import_under_faults_creates_every_row_once_and_reports_its_true_outcome(bool withCode)
    {
        var before = Shop.Controls.Products.Select(p => p.Id).ToHashSet();
        var refusedRows = BadCategoryRows.Concat(withCode ? TakenCodeRows : Array.Empty<int>()).ToHashSet();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + (withCode ? 0 : 1)) with { RetryAfterSeconds = 0 });

        var watch = Stopwatch.StartNew();
        var run = Import(withCode, "-BatchSize 1"); // row by row: every create reconciled on its own
        watch.Stop();
        var injected = Shop.Controls.FaultsInjectedByMix;
        run.Report(Output, $"product import ({(withCode ? "with" : "without")} codes, {RowCount} rows)", injected, watch.Elapsed);

        Assert.Null(run.Result.Terminating);
        var imported = Shop.Controls.Products.Where(p => !before.Contains(p.Id)).ToList();
        Assert.All(Enumerable.Range(1, RowCount).Where(r => !refusedRows.Contains(r)), row => Assert.Single(imported, p => p.Name == Name(row)));
        Assert.Equal(RowCount - refusedRows.Count, imported.Count); // nothing twice, nothing refused written
        Assert.Equal(imported.Count, run.Summary.Written);
        Assert.Equal(refusedRows.Count, run.Summary.Refused);
        Assert.Equal(0, run.Summary.Failed);
        Assert.Equal(RowCount, run.Summary.Rows);
        if (withCode)
        {
            Assert.All(imported, p => Assert.Equal(Code(int.Parse(p.Name[(p.Name.LastIndexOf(' ') + 1)..])), p.Code));
        }

        var outputIds = run.Result.Output.Select(o => (long)o.Properties["Id"].Value).Order();
        Assert.Equal(imported.Select(p => p.Id).Order(), outputIds);
        var errorRows = run.Result.Errors.Select(e => int.Parse((string)((PSObject)e.TargetObject).Properties["Row"].Value)).Order();
        Assert.Equal(refusedRows.Order(), errorRows);

        Assert.True(injected.GetValueOrDefault(nameof(SandboxFaultMix.DropAfterCommit)) + injected.GetValueOrDefault(nameof(SandboxFaultMix.GatewayErrorAfterCommit)) > 5);
        Assert.True(run.ReconciledAsApplied > 0, "No lost answer of a saved create was reconciled.");
        Assert.True(run.ResentAsNotApplied > 0, "No create lost before it was saved was sent again.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_batched_product_import_under_faults_creates_every_row_once_and_reports_each_outcome_in_order(bool withCode)
    {
        var before = Shop.Controls.Products.Select(p => p.Id).ToHashSet();
        var refusedRows = BadCategoryRows.Concat(withCode ? TakenCodeRows : Array.Empty<int>()).ToHashSet();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + (withCode ? 3 : 4)) with { RetryAfterSeconds = 0, DropAfterCommit = 0.15, GatewayErrorAfterCommit = 0.15 });

        var watch = Stopwatch.StartNew();
        var run = Import(withCode);
        watch.Stop();
        var injected = Shop.Controls.FaultsInjectedByMix;
        run.Report(Output, $"batched product import ({(withCode ? "with" : "without")} codes, {RowCount} rows)", injected, watch.Elapsed);

        Assert.Null(run.Result.Terminating);
        var imported = Shop.Controls.Products.Where(p => !before.Contains(p.Id)).ToList();
        Assert.Equal(RowCount - refusedRows.Count, imported.Count); // nothing twice, nothing refused written
        Assert.All(Enumerable.Range(1, RowCount).Where(r => !refusedRows.Contains(r)), row => Assert.Single(imported, p => p.Name == Name(row)));
        Assert.Equal((RowCount - refusedRows.Count, refusedRows.Count, 0), (run.Summary.Written, run.Summary.Refused, run.Summary.Failed));
        Assert.Equal(Enumerable.Range(1, RowCount).Where(r => !refusedRows.Contains(r)).Select(Name), run.Result.Output.Select(o => (string)o.Properties["Name"].Value));
        var stored = imported.ToDictionary(p => p.Id);
        Assert.All(run.Result.Output, o => Assert.Equal((string)o.Properties["Name"].Value, stored[(long)o.Properties["Id"].Value].Name));
        Assert.Equal(refusedRows.Order(), run.Result.Errors.Select(e => int.Parse((string)((PSObject)e.TargetObject).Properties["Row"].Value)).Order());
        Assert.True(Shop.Controls.RequestCount("POST", "/listaddproducts") > 0);
        Assert.True(injected.GetValueOrDefault(nameof(SandboxFaultMix.DropAfterCommit)) + injected.GetValueOrDefault(nameof(SandboxFaultMix.GatewayErrorAfterCommit)) > 0);
    }

    [Fact]
    public void A_reprice_by_code_under_faults_applies_every_row_once()
    {
        var import = Import(withCode: true);
        Assert.Equal(RowCount - BadCategoryRows.Length - TakenCodeRows.Length, import.Summary.Written);
        var codes = Enumerable.Range(1, RowCount).Where(r => !BadCategoryRows.Contains(r) && !TakenCodeRows.Contains(r)).Select(Code).ToArray();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 2) with { RetryAfterSeconds = 0 });

        var watch = Stopwatch.StartNew();
        var run = BulkRun.Of(Shop.Shell, """
            $kvCodes | ForEach-Object -Begin { $n = 0 } -Process { $n++; [pscustomobject]@{ ProductCode = $_; Price = "$(1000 * $n)" } } |
                Set-KvProduct -PassThru -InformationVariable kvInfo -Verbose
            """, new Dictionary<string, object?> { ["kvCodes"] = codes });
        watch.Stop();
        run.Report(Output, $"product reprice by code ({codes.Length} rows)", Shop.Controls.FaultsInjectedByMix, watch.Elapsed);

        Assert.Null(run.Result.Terminating);
        Assert.Empty(run.Result.Errors);
        Assert.Equal(codes.Length, run.Summary.Written);
        Assert.Equal(codes, run.Result.Output.Select(o => (string)o.Properties["Code"].Value));
        Assert.True(Shop.Controls.RequestCount("PUT", "/listupdatedproducts") > 0);
        var stored = Shop.Controls.Products.ToDictionary(p => p.Code);
        Assert.All(codes.Select((code, i) => (code, i)), x => Assert.Equal(1000m * (x.i + 1), stored[x.code].BasePrice));
    }

    private static string Code(int row) => $"NH{row:D5}";

    private static string Name(int row) => $"Hàng nhập số {row}";

    // A real CSV file read by Import-Csv: every value a string, the Code column empty when the rows have no code.
    private BulkRun Import(bool withCode, string options = "") => BulkRun.Of(Shop.Shell, $$"""
        $bad = @({{string.Join(",", BadCategoryRows)}})
        $taken = @({{string.Join(",", TakenCodeRows)}})
        $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-products-$([guid]::NewGuid()).csv")
        1..{{RowCount}} | ForEach-Object {
            [pscustomobject]@{
                Row = $_
                Code = $(if ('{{withCode}}' -eq 'True') { if ($taken -contains $_) { 'SP000001' } else { 'NH{0:D5}' -f $_ } } else { '' })
                Name = "Hàng nhập số $_"
                Category = $(if ($bad -contains $_) { 'Nhóm không có' } else { 'Đồ uống > Trà > Trà xanh' })
                BasePrice = "$(1000 + $_)"
                Unit = 'hộp'
            }
        } | Export-Csv -Path $csv -Encoding utf8BOM -NoTypeInformation
        try {
            Import-Csv -Path $csv -Encoding utf8BOM | New-KvProduct {{options}} -InformationVariable kvInfo -Verbose
        } finally {
            Remove-Item -LiteralPath $csv
        }
        """);
}
