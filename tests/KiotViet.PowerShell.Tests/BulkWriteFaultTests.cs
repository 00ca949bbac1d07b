using System.Diagnostics;
using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// 1000-row imports, updates and deletes against a sandbox that meets every request with a seeded mix of faults,
/// including writes saved whose answer is lost: every row must end written exactly once, with its true outcome reported.
/// The imports and updates send each row alone (-BatchSize 1): CustomerBatchFaultTests runs them in batches.
/// </summary>
public sealed class BulkWriteFaultTests : FaultRunTests
{
    private const int RowCount = 1000;
    private const int Seed = 20261201;
    private const int MaxWritesInFlight = 4; // the connection's default

    // Rows that KiotViet refuses (a code already taken) or that the checks before sending refuse (a bad e-mail).
    private static readonly int[] TakenCodeRows = { 100, 300, 500, 700, 900 };
    private static readonly int[] BadEmailRows = { 50, 250, 450 };

    public BulkWriteFaultTests(ITestOutputHelper output)
        : base(new SandboxOptions { CustomerCount = RowCount, InvoiceCount = 10, OrderCount = 5 }, output)
    {
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_bulk_create_under_faults_writes_every_row_once_reports_its_true_outcome_and_a_rerun_with_SkipExisting_creates_nothing(bool withCode)
    {
        var before = Shop.Controls.Customers.Select(c => c.Id).ToHashSet();
        var refusedRows = BadEmailRows.Concat(withCode ? TakenCodeRows : Array.Empty<int>()).ToHashSet();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed) with { RetryAfterSeconds = 0 });
        Shop.Controls.SetLatency(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10), "/customers"); // writes overlap as they do over a network

        var watch = Stopwatch.StartNew();
        var first = Import(withCode, skipExisting: false);
        watch.Stop();
        var injected = Shop.Controls.FaultsInjectedByMix;
        Report($"create ({(withCode ? "with" : "without")} codes)", first, injected, watch.Elapsed);

        Assert.Null(first.Result.Terminating);
        var imported = ImportedCustomers(before);
        Assert.All(Enumerable.Range(1, RowCount).Where(r => !refusedRows.Contains(r)), row => Assert.Single(imported, c => c.ContactNumber == Phone(row)));
        Assert.Equal(RowCount - refusedRows.Count, imported.Count); // nothing twice, nothing refused written
        Assert.Equal(imported.Count, first.Summary.Written);
        Assert.Equal(refusedRows.Count, first.Summary.Refused);
        Assert.Equal(0, first.Summary.Failed);
        Assert.Equal(RowCount, first.Summary.Rows);

        // Each created row is output once, as KiotViet stored it; each other row has an error with the row as target.
        var outputIds = first.Result.Output.Select(o => (long)o.Properties["Id"].Value).ToList();
        Assert.Equal(imported.Select(c => c.Id).OrderBy(i => i), outputIds.OrderBy(i => i));
        var errorRows = first.Result.Errors.Select(e => RowNumber((PSObject)e.TargetObject)).ToList();
        Assert.Equal(refusedRows.OrderBy(r => r), errorRows.OrderBy(r => r));

        // Four rows were in flight at once, and still every outcome came in input order.
        Assert.True(Shop.Controls.MostRequestsInFlight >= MaxWritesInFlight, $"At most {Shop.Controls.MostRequestsInFlight} requests ran at once.");
        Assert.Equal(errorRows.Order(), errorRows);
        var outputRows = first.Result.Output.Select(o => int.Parse(((string)o.Properties["ContactNumber"].Value)[2..])).ToList();
        Assert.Equal(Enumerable.Range(1, RowCount).Where(r => !refusedRows.Contains(r)), outputRows);

        // Every lost answer was looked up and settled: found as applied, or certainly not applied and sent again.
        var unknown = first.Result.Verbose.Count(v => v.StartsWith("The outcome of the create", StringComparison.Ordinal));
        Assert.Equal(unknown, first.ReconciledAsApplied + first.ResentAsNotApplied);

        // The mix really lost answers of saved writes, and the module found those writes instead of resending them.
        Assert.True(injected.GetValueOrDefault(nameof(SandboxFaultMix.DropAfterCommit)) + injected.GetValueOrDefault(nameof(SandboxFaultMix.GatewayErrorAfterCommit)) > 10);
        Assert.Contains(first.Result.Verbose, v => v.Contains("only its answer was lost"));
        Assert.Contains(first.Result.Verbose, v => v.Contains("sending it again ("));

        var second = Import(withCode, skipExisting: true);
        Report("re-run with -SkipExisting", second, Shop.Controls.FaultsInjectedByMix, null);
        Assert.Null(second.Result.Terminating);
        Assert.Equal(imported.Count, ImportedCustomers(before).Count);
        Assert.Equal(0, second.Summary.Written);
        Assert.Equal(imported.Count, second.Summary.SkippedExisting);
        Assert.Equal(refusedRows.Count, second.Summary.Refused);
        Assert.Equal(0, second.Summary.Failed);
    }

    [Fact]
    public void A_bulk_update_under_faults_applies_every_row_and_reports_each_as_updated()
    {
        var targets = Shop.Controls.Customers.Take(RowCount).ToList();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 1) with { RetryAfterSeconds = 0 });

        var watch = Stopwatch.StartNew();
        var run = Run("""
            $rows = $kvIds | ForEach-Object { [pscustomobject]@{ Id = "$_"; Comments = "Cập nhật $_" } }
            $rows | Set-KvCustomer -BatchSize 1 -PassThru -InformationVariable kvInfo -Verbose
            """, targets.Select(t => t.Id).ToArray());
        watch.Stop();
        Report("update", run, Shop.Controls.FaultsInjectedByMix, watch.Elapsed);

        Assert.Null(run.Result.Terminating);
        Assert.Empty(run.Result.Errors);
        Assert.Equal(RowCount, run.Summary.Written);
        Assert.Equal(RowCount, run.Result.Output.Count);
        var stored = Shop.Controls.Customers.ToDictionary(c => c.Id);
        Assert.All(targets, t => Assert.Equal($"Cập nhật {t.Id}", stored[t.Id].Comments));
        Assert.Equal(RowCount, stored.Count);
    }

    [Fact]
    public void A_bulk_delete_under_faults_deletes_every_row_and_reports_each_as_deleted()
    {
        var targets = Shop.Controls.Customers.Take(RowCount).Select(c => c.Id).ToArray();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 2) with { RetryAfterSeconds = 0 });

        var watch = Stopwatch.StartNew();
        var run = Run("""
            $rows = $kvIds | ForEach-Object { [pscustomobject]@{ Id = "$_" } }
            $rows | Remove-KvCustomer -Confirm:$false -InformationVariable kvInfo -Verbose
            """, targets);
        watch.Stop();
        Report("delete", run, Shop.Controls.FaultsInjectedByMix, watch.Elapsed);

        Assert.Null(run.Result.Terminating);
        Assert.Empty(run.Result.Errors);
        Assert.Equal(RowCount, run.Summary.Written);
        Assert.Equal(0, Shop.Controls.CustomerCount);
    }

    [Fact]
    public void A_service_failing_for_many_rows_in_a_row_stops_the_run_saying_how_far_it_got_and_how_to_resume()
    {
        // The circuit breaker is what this measures: each row gives up after two retries instead of waiting out the
        // back-off of the fault runs' twenty.
        Shop.Shell.Run(SandboxSession.ConnectScript + " -MaxRetryCount 2").ShouldSucceed();
        Shop.Controls.InjectFault(SandboxFault.Status(503, "POST", "/customers", count: null));

        var result = Shop.Shell.RunCatching("""
            1..50 | ForEach-Object { [pscustomobject]@{ Name = "Khách $_"; Phone = ('0977{0:D6}' -f $_) } } |
                New-KvCustomer -BatchSize 1
            """);

        Assert.NotNull(result.Caught);
        Assert.Equal("KiotVietServiceFailing,KiotViet.Commands.NewKvCustomerCommand", result.Caught!.FullyQualifiedErrorId);
        Assert.Contains("10 rows in a row", result.Caught.Exception.Message);
        Assert.Contains("0 created", result.Caught.Exception.Message);
        Assert.Contains("-SkipExisting", result.Caught.Exception.Message);

        // The rows started before the tenth failure was reported (up to four in flight, and rows that finished behind a
        // slower one, whose retries back off by chance) are awaited and reported before the run stops, in input order.
        var failed = result.Errors.Where(e => e.FullyQualifiedErrorId.StartsWith("KiotVietServerError,", StringComparison.Ordinal)).ToList();
        Assert.InRange(failed.Count, 10, 49);
        Assert.Contains($"{failed.Count} failed", result.Caught.Exception.Message);
        Assert.Equal(Enumerable.Range(1, failed.Count).Select(n => $"Khách {n}"), failed.Select(e => (string)((PSObject)e.TargetObject).Properties["Name"].Value));
    }

    private static string Phone(int row) => $"09{row:D8}";

    private static int RowNumber(PSObject row) => int.Parse((string)row.Properties["Row"].Value);

    private List<SandboxCustomer> ImportedCustomers(HashSet<long> before) =>
        Shop.Controls.Customers.Where(c => !before.Contains(c.Id)).ToList();

    // A real CSV file read by Import-Csv (every value a string; the Code column empty when the rows have no code).
    private BulkRun Import(bool withCode, bool skipExisting) => Run(
        $$"""
        $bad = @({{string.Join(",", BadEmailRows)}})
        $taken = @({{string.Join(",", TakenCodeRows)}})
        $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-leads-$([guid]::NewGuid()).csv")
        1..{{RowCount}} | ForEach-Object {
            [pscustomobject]@{
                Row = $_
                Code = $(if ('{{withCode}}' -eq 'True') { if ($taken -contains $_) { 'KH000001' } else { 'NK{0:D5}' -f $_ } } else { '' })
                Name = "Khách nhập số $_"
                Phone = '09{0:D8}' -f $_
                Email = $(if ($bad -contains $_) { 'not-an-email' } else { "khach$_@example.vn" })
            }
        } | Export-Csv -Path $csv -Encoding utf8BOM -NoTypeInformation
        try {
            Import-Csv -Path $csv -Encoding utf8BOM | New-KvCustomer -BatchSize 1 {{(skipExisting ? "-SkipExisting" : "")}} -InformationVariable kvInfo -Verbose
        } finally {
            Remove-Item -LiteralPath $csv
        }
        """,
        null);

    private BulkRun Run(string script, long[]? ids) => BulkRun.Of(Shop.Shell, script, new Dictionary<string, object?> { ["kvIds"] = ids });

    private void Report(string what, BulkRun run, IReadOnlyDictionary<string, int> injected, TimeSpan? elapsed) => run.Report(Output, what, injected, elapsed);
}
