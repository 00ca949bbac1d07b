using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Bulk writes with several rows in flight (the connection's default of 4): outcomes in input order, rows that
/// depend on each other kept apart, -WhatIf and Ctrl+C as with one row at a time.
/// </summary>
public sealed class ConcurrentBulkWriteTests : IClassFixture<SandboxSession>, IDisposable
{
    private const string Leads = """
        $rows = 1..$kvCount | ForEach-Object { [pscustomobject]@{ Name = "Khách song song $_"; Phone = ('0966{0:D6}' -f $_); Email = "song$_@example.vn" } }
        """;

    private readonly SandboxSession shop;

    public ConcurrentBulkWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    public void Dispose() => shop.Controls.SetLatency(TimeSpan.Zero, TimeSpan.Zero, "/customers");

    [Fact]
    public void Writes_finishing_out_of_order_are_output_in_input_order()
    {
        shop.Controls.SetLatency(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(60), "/customers");

        var created = shop.Shell.Run(Leads + "\n$rows | New-KvCustomer -BatchSize 1", Count(40)).ShouldSucceed();
        var inFlight = shop.Controls.MostRequestsInFlight;
        shop.Controls.ResetCounters();
        var updated = shop.Shell.Run("$kvCreated | ForEach-Object { [pscustomobject]@{ Id = $_.Id; Comments = 'Cập nhật ' + $_.Name } } | Set-KvCustomer -BatchSize 1 -PassThru", new Dictionary<string, object?> { ["kvCreated"] = created.Output.ToArray() }).ShouldSucceed();

        Assert.True(inFlight >= 4, $"At most {inFlight} requests ran at once.");
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"Khách song song {n}"), created.Output.Select(o => (string)o.Properties["Name"].Value));
        Assert.Equal(created.Output.Select(o => (long)o.Properties["Id"].Value), updated.Output.Select(o => (long)o.Properties["Id"].Value));
        Assert.All(updated.Output, o => Assert.Equal("Cập nhật " + o.Properties["Name"].Value, o.Properties["Comments"].Value));
        Assert.True(shop.Controls.MostRequestsInFlight >= 4, $"Updates: at most {shop.Controls.MostRequestsInFlight} requests ran at once.");
    }

    [Fact]
    public void MaxWritesInFlight_1_sends_one_row_at_a_time()
    {
        shop.Controls.SetLatency(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20), "/customers");
        shop.Shell.Run(SandboxSession.ConnectScript + " -MaxWritesInFlight 1").ShouldSucceed();
        shop.Controls.ResetCounters();

        var created = shop.Shell.Run(Leads + "\n$rows | New-KvCustomer", Count(12)).ShouldSucceed();

        Assert.Equal(12, created.Output.Count);
        Assert.Equal(1, shop.Controls.MostRequestsInFlight);
        Assert.Equal(1, shop.Shell.Run("(Get-KvConnection).MaxWritesInFlight").ShouldSucceed().Output.Single().BaseObject);
    }

    [Fact]
    public void SkipExisting_creates_one_customer_for_rows_of_the_same_email_or_phone_even_when_they_are_in_flight_together()
    {
        shop.Controls.SetLatency(TimeSpan.FromMilliseconds(30), TimeSpan.Zero, "/customers");

        var run = BulkRun.Of(shop.Shell, Leads + """

            $rows[3].Email = $rows[2].Email                         # row 4: row 3's e-mail
            $rows[7].Phone = '+84 ' + $rows[6].Phone.Substring(1)   # row 8: row 7's phone, another notation
            $rows | New-KvCustomer -BatchSize 1 -SkipExisting -InformationVariable kvInfo -Verbose
            """, Count(12));

        Assert.Null(run.Result.Terminating);
        Assert.Equal(10, run.Summary.Written);
        Assert.Equal(2, run.Summary.SkippedExisting);
        Assert.Equal(new[] { 1, 2, 3, 5, 6, 7, 9, 10, 11, 12 }.Select(n => $"Khách song song {n}"), run.Result.Output.Select(o => (string)o.Properties["Name"].Value));
        Assert.Single(shop.Controls.Customers, c => c.Email == "song3@example.vn");
        Assert.Single(shop.Controls.Customers, c => c.ContactNumber?.Replace(" ", "") is "0966000007" or "+84966000007");
        Assert.True(shop.Controls.MostRequestsInFlight >= 3, $"At most {shop.Controls.MostRequestsInFlight} requests ran at once.");
    }

    [Fact]
    public void WhatIf_sends_no_write_for_any_row()
    {
        var before = shop.Controls.CustomerCount;

        var result = shop.Shell.Run(Leads + "\n$rows | New-KvCustomer -WhatIf\nGet-KvCustomer -First 3 | Set-KvCustomer -Comments 'x' -WhatIf", Count(30)).ShouldSucceed();

        Assert.Empty(result.Output);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/customers") + shop.Controls.RequestCount("PUT", "/customers"));
        Assert.Equal(before, shop.Controls.CustomerCount);
    }

    [Fact]
    public void Ctrl_C_with_writes_in_flight_stops_at_once_starts_no_other_row_and_leaves_no_write_running()
    {
        var before = shop.Controls.Customers.Select(c => c.Id).ToHashSet();
        shop.Controls.SetLatency(TimeSpan.FromMilliseconds(150), TimeSpan.Zero, "/customers");
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = shop.Shell.Runspace;
        shell.AddScript(Leads + "\n$rows | New-KvCustomer -BatchSize 1");
        shop.Shell.Runspace.SessionStateProxy.SetVariable("kvCount", 200);
        var output = new PSDataCollection<PSObject>();
        var running = shell.BeginInvoke<PSObject, PSObject>(null, output);
        SpinWait.SpinUntil(() => output.Count >= 8, TimeSpan.FromSeconds(30));

        shell.Stop();
        // The writes cancelled by Stop are logged by the shop once it has dropped them (it may still be in their latency).
        SpinWait.SpinUntil(() => shop.Controls.RequestsInFlight == 0, TimeSpan.FromSeconds(10));
        var postsAtStop = shop.Controls.RequestCount("POST", "/customers");
        var created = shop.Controls.Customers.Where(c => !before.Contains(c.Id)).ToList();

        Assert.True(running.IsCompleted);
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        Assert.InRange(output.Count, 8, 199);
        Assert.Equal(Enumerable.Range(1, output.Count).Select(n => $"Khách song song {n}"), output.Select(o => (string)o.Properties["Name"].Value));
        Assert.InRange(postsAtStop, output.Count, output.Count + 4); // the rows output and at most the window in flight: no other row started
        Assert.InRange(created.Count, output.Count, output.Count + 4);
        Assert.Equal(created.Count, created.Select(c => c.Email).Distinct().Count());

        // Nothing of the stopped command reaches the shop afterwards: the next command sees the same shop.
        shop.Shell.Run("Get-KvConnection").ShouldSucceed();
        Assert.Equal(postsAtStop, shop.Controls.RequestCount("POST", "/customers"));
        Assert.Equal(created.Count, shop.Controls.Customers.Count(c => !before.Contains(c.Id)));
    }

    private static Dictionary<string, object?> Count(int rows) => new() { ["kvCount"] = rows };
}
