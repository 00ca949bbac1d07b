using System.Diagnostics;
using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>Large New-KvCustomer and Set-KvCustomer pipelines go through the bulk endpoints; every row keeps its own outcome.</summary>
public sealed class CustomerBatchWriteTests : IClassFixture<SandboxSession>
{
    private const string Leads = """
        $rows = 1..$kvCount | ForEach-Object { [pscustomobject]@{ Row = "$_"; Name = "Khách lô $_"; Phone = ('0966{0:D6}' -f $_); Code = $(if ($kvTaken -contains $_) { 'KH000001' } else { '' }) } }
        """;

    private readonly SandboxSession shop;

    public CustomerBatchWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_250_row_import_is_three_bulk_requests_and_each_row_is_output_in_input_order_with_its_id()
    {
        var result = Import(250).ShouldSucceed();

        Assert.Equal(3, shop.Controls.RequestCount("POST", "/listaddcutomers"));
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/customers"));
        Assert.Equal(Enumerable.Range(1, 250).Select(n => $"Khách lô {n}"), result.Output.Select(o => (string)o.Properties["Name"].Value));
        var ids = result.Output.Select(o => (long)o.Properties["Id"].Value).ToList();
        Assert.Equal(250, ids.Distinct().Count());
        var stored = shop.Controls.Customers.ToDictionary(c => c.Id);
        Assert.All(result.Output.Select((o, i) => (o, i)), x => Assert.Equal($"0966{x.i + 1:D6}", stored[(long)x.o.Properties["Id"].Value].ContactNumber));
    }

    [Fact]
    public void A_batch_KiotViet_refuses_is_sent_row_by_row_so_only_the_bad_row_is_refused_with_KiotViets_reason()
    {
        var result = Import(120, taken: 37);

        Assert.Null(result.Terminating);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietValidation,", error.FullyQualifiedErrorId);
        Assert.Contains("KH000001 đã tồn tại", error.ToString());
        Assert.Equal("37", ((PSObject)error.TargetObject).Properties["Row"].Value);
        Assert.Equal(119, result.Output.Count);
        Assert.Equal(Enumerable.Range(1, 120).Where(n => n != 37).Select(n => $"Khách lô {n}"), result.Output.Select(o => (string)o.Properties["Name"].Value));
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/listaddcutomers")); // 100 (refused) + 20
        Assert.Equal(100, shop.Controls.RequestCount("POST", "/customers"));     // the refused batch, row by row
        Assert.Equal(119, shop.Controls.Customers.Count(c => c.Name?.StartsWith("Khách lô ", StringComparison.Ordinal) == true));
    }

    [Theory]
    [InlineData(9, "")]
    [InlineData(40, "-BatchSize 1")]
    public void A_small_pipeline_or_BatchSize_1_sends_each_row_alone(int rows, string batchSize)
    {
        var result = Import(rows, extra: batchSize).ShouldSucceed();

        Assert.Equal(rows, result.Output.Count);
        Assert.Equal(rows, shop.Controls.RequestCount("POST", "/customers"));
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/listaddcutomers"));
    }

    [Fact]
    public void Rows_with_fields_the_bulk_endpoint_does_not_document_are_sent_alone_in_their_place()
    {
        var result = shop.Shell.Run(Leads + """

            $rows[4] | Add-Member SubNumber '0912000005'
            $rows | New-KvCustomer
            """, new Dictionary<string, object?> { ["kvCount"] = 30, ["kvTaken"] = Array.Empty<int>() }).ShouldSucceed();

        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"Khách lô {n}"), result.Output.Select(o => (string)o.Properties["Name"].Value));
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/customers")); // row 5 alone; the rows around it still fill one batch
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/listaddcutomers"));
    }

    [Fact]
    public void A_row_refused_before_sending_is_reported_in_its_place_between_the_rows_sent_together()
    {
        var result = shop.Shell.Run(Leads + """

            $rows[14] | Add-Member Email 'not-an-email'
            $rows | New-KvCustomer 2>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { "refused $($_.TargetObject.Row)" } else { $_.Name } }
            """, new Dictionary<string, object?> { ["kvCount"] = 30, ["kvTaken"] = Array.Empty<int>() });

        Assert.Null(result.Terminating);
        var expected = Enumerable.Range(1, 30).Select(n => n == 15 ? "refused 15" : $"Khách lô {n}");
        Assert.Equal(expected, result.Output.Select(o => o.ToString()));
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/listaddcutomers")); // the 29 rows sent, one batch: the refused row splits none
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/customers"));
    }

    [Fact]
    public void A_large_Set_KvCustomer_pipeline_is_bulk_updates_and_PassThru_gives_every_customer_in_order()
    {
        var targets = shop.Controls.Customers.Take(150).ToList();

        var result = shop.Shell.Run("""
            $kvIds | ForEach-Object { [pscustomobject]@{ Id = "$_"; Comments = "Lô $_"; Email = "lo$_@example.vn" } } | Set-KvCustomer -PassThru
            """, new Dictionary<string, object?> { ["kvIds"] = targets.Select(t => t.Id).ToArray() }).ShouldSucceed();

        Assert.Equal(2, shop.Controls.RequestCount("PUT", "/listupdatecustomers"));
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/customers"));
        Assert.Equal(targets.Select(t => t.Id), result.Output.Select(o => (long)o.Properties["Id"].Value));
        var stored = shop.Controls.Customers.ToDictionary(c => c.Id);
        Assert.All(targets, t => Assert.Equal(($"Lô {t.Id}", $"lo{t.Id}@example.vn", t.Name), (stored[t.Id].Comments, stored[t.Id].Email, stored[t.Id].Name)));
    }

    [Fact]
    public void WhatIf_on_a_large_pipeline_sends_nothing()
    {
        var result = shop.Shell.Run(Leads + """

            $rows | New-KvCustomer -WhatIf
            Get-KvCustomer -First 120 | Set-KvCustomer -Comments 'x' -WhatIf
            """, new Dictionary<string, object?> { ["kvCount"] = 150, ["kvTaken"] = Array.Empty<int>() });

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/listaddcutomers") + shop.Controls.RequestCount("POST", "/customers"));
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/listupdatecustomers") + shop.Controls.RequestCount("PUT", "/customers"));
    }

    private ScriptResult Import(int count, int? taken = null, string extra = "") => shop.Shell.Run(
        Leads + $"\n$rows | New-KvCustomer {extra}",
        new Dictionary<string, object?> { ["kvCount"] = count, ["kvTaken"] = taken is { } t ? new[] { t } : Array.Empty<int>() });
}

/// <summary>A shop that serves the bulk create at the other spelling: the module finds it after one 404 and keeps it.</summary>
public sealed class CustomerBatchSpellingTests : IAsyncLifetime
{
    private readonly SandboxSession shop = new(new SandboxOptions { CustomerCount = 10, InvoiceCount = 5, OrderCount = 2, BulkCustomerAddPath = "listaddcustomers" });

    public async Task InitializeAsync()
    {
        await shop.InitializeAsync();
        shop.Shell.Run(SandboxSession.ConnectScript).ShouldSucceed();
    }

    public Task DisposeAsync() => shop.DisposeAsync();

    [Fact]
    public void The_other_spelling_is_found_after_one_404_and_remembered_for_the_connection()
    {
        var result = shop.Shell.Run("""
            1..250 | ForEach-Object { [pscustomobject]@{ Name = "Khách chính tả $_" } } | New-KvCustomer -Verbose
            """).ShouldSucceed();

        Assert.Equal(250, result.Output.Count);
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/listaddcutomers"));
        Assert.Equal(3, shop.Controls.RequestCount("POST", "/listaddcustomers"));
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/customers"));
        Assert.Single(result.Verbose, v => v.Contains("using /listaddcustomers for this connection"));
        Assert.Equal(260, shop.Controls.CustomerCount);
    }
}

/// <summary>
/// A 1000-row import and update in batches, against a sandbox that loses many answers after saving: every row
/// ends written once, with its true outcome, in input order.
/// </summary>
public sealed class CustomerBatchFaultTests : FaultRunTests
{
    private const int RowCount = 1000;
    private static readonly int[] TakenCodeRows = { 150, 620 };

    public CustomerBatchFaultTests(ITestOutputHelper output)
        : base(new SandboxOptions { CustomerCount = 50, InvoiceCount = 10, OrderCount = 5 }, output)
    {
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_batched_import_under_faults_creates_every_row_once_and_reports_each_outcome_in_order(bool withCode)
    {
        var before = Shop.Controls.Customers.Select(c => c.Id).ToHashSet();
        var refused = withCode ? TakenCodeRows.ToHashSet() : new HashSet<int>();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(withCode ? 20261215 : 20261216) with { RetryAfterSeconds = 0, DropAfterCommit = 0.1, GatewayErrorAfterCommit = 0.1 });

        var watch = Stopwatch.StartNew();
        var run = BulkRun.Of(Shop.Shell, """
            $rows = 1..$kvCount | ForEach-Object {
                [pscustomobject]@{ Row = "$_"; Name = "Khách lô lỗi $_"; Phone = ('0955{0:D6}' -f $_); Code = $(if ($kvTaken -contains $_) { 'KH000001' } elseif ($kvWithCode) { 'LL{0:D5}' -f $_ } else { '' }) }
            }
            $rows | New-KvCustomer -InformationVariable kvInfo -Verbose
            """, new Dictionary<string, object?> { ["kvCount"] = RowCount, ["kvTaken"] = refused.ToArray(), ["kvWithCode"] = withCode });
        watch.Stop();
        var injected = Shop.Controls.FaultsInjectedByMix;
        run.Report(Output, $"batched create ({(withCode ? "with" : "without")} codes, {RowCount} rows)", injected, watch.Elapsed);

        Assert.Null(run.Result.Terminating);
        var created = Shop.Controls.Customers.Where(c => !before.Contains(c.Id)).ToList();
        Assert.Equal(RowCount - refused.Count, created.Count);
        Assert.All(Enumerable.Range(1, RowCount).Where(r => !refused.Contains(r)), r => Assert.Single(created, c => c.ContactNumber == $"0955{r:D6}"));
        Assert.Equal((RowCount - refused.Count, refused.Count, 0), (run.Summary.Written, run.Summary.Refused, run.Summary.Failed));
        Assert.Equal(created.Select(c => c.Id).Order(), run.Result.Output.Select(o => (long)o.Properties["Id"].Value).Order());
        Assert.Equal(Enumerable.Range(1, RowCount).Where(r => !refused.Contains(r)).Select(r => $"0955{r:D6}"), run.Result.Output.Select(o => (string)o.Properties["ContactNumber"].Value));
        Assert.Equal(refused.Order(), run.Result.Errors.Select(e => int.Parse((string)((PSObject)e.TargetObject).Properties["Row"].Value)).Order());
        Assert.True(injected.GetValueOrDefault(nameof(SandboxFaultMix.DropAfterCommit)) + injected.GetValueOrDefault(nameof(SandboxFaultMix.GatewayErrorAfterCommit)) > 0);
    }

    [Fact]
    public void A_batched_update_under_faults_applies_every_row()
    {
        var targets = Shop.Controls.Customers.ToList();
        var ids = Enumerable.Range(0, RowCount).Select(i => targets[i % targets.Count].Id).ToArray();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(20261217) with { RetryAfterSeconds = 0, DropAfterCommit = 0.1, GatewayErrorAfterCommit = 0.1 });

        var run = BulkRun.Of(Shop.Shell, """
            $kvIds | ForEach-Object -Begin { $n = 0 } -Process { $n++; [pscustomobject]@{ Id = "$_"; Comments = "Vòng $n" } } | Set-KvCustomer -PassThru -InformationVariable kvInfo -Verbose
            """, new Dictionary<string, object?> { ["kvIds"] = ids });
        run.Report(Output, $"batched update ({RowCount} rows)", Shop.Controls.FaultsInjectedByMix, null);

        Assert.Null(run.Result.Terminating);
        Assert.Empty(run.Result.Errors);
        Assert.Equal(RowCount, run.Summary.Written);
        Assert.Equal(ids, run.Result.Output.Select(o => (long)o.Properties["Id"].Value));
        var stored = Shop.Controls.Customers.ToDictionary(c => c.Id);
        Assert.All(targets, t => Assert.Equal($"Vòng {RowCount - targets.Count + 1 + targets.IndexOf(t)}", stored[t.Id].Comments));
    }
}
