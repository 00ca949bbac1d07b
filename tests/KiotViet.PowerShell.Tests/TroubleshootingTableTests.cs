using System.Management.Automation;
using System.Text.RegularExpressions;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// The README's troubleshooting table quotes what the module prints: each row's text (with … for what varies) is
/// produced here by the situation the row explains, and matched against what the module wrote.
/// </summary>
public sealed class TroubleshootingTableTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public TroubleshootingTableTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    public static TheoryData<string> Rows() => new(Quoted());

    private static List<string> Quoted()
    {
        var readme = File.ReadAllText(Path.Combine(PowerShellSession.RepoRoot, "README.md"));
        var table = readme[readme.IndexOf("## Troubleshooting", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return Regex.Matches(table, @"^\| `([^`]+)`", RegexOptions.Multiline).Select(row => row.Groups[1].Value).ToList();
    }

    [Fact]
    public void The_table_has_every_row_this_test_knows_how_to_produce()
    {
        Assert.Equal(Scenarios.Keys.Order(), Quoted().Order());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void What_a_row_quotes_is_what_the_module_prints(string quoted)
    {
        Assert.True(Scenarios.TryGetValue(quoted, out var produce), $"No situation here produces the README's '{quoted}'.");

        var printed = produce(shop);

        var pattern = string.Join(".*?", quoted.Split('…').Select(Regex.Escape));
        Assert.Matches(new Regex(pattern, RegexOptions.Singleline), printed);
    }

    private static readonly Dictionary<string, Func<SandboxSession, string>> Scenarios = new()
    {
        ["KiotViet refused the client id or client secret"] = shop =>
            Caught(shop.Shell.RunCatching("Connect-KiotViet -Retailer $kvRetailer -ClientId $kvClientId -ClientSecret (New-SecureText 'sai-mat-khau') -ApiBaseUri $kvApi -TokenUri $kvToken")),
        ["KiotViet accepted the client credentials but refused requests for retailer '…'"] = shop =>
            Caught(shop.Shell.RunCatching("Connect-KiotViet -Retailer 'cuahangkhac' -ClientId $kvClientId -ClientSecret (New-SecureText $kvSecret) -ApiBaseUri $kvApi -TokenUri $kvToken")),
        ["pacing: … of … GETs this hour; next at …"] = Pacing,
        ["Gave up after … retries in …"] = shop =>
        {
            shop.Shell.Run(SandboxSession.ConnectScript + " -RetryWindow ([timespan]::FromMilliseconds(300)) -MaxRetryCount 100").ShouldSucceed();
            shop.Controls.InjectFault(SandboxFault.Status(503, "GET", "/customers", count: 1000));
            return Caught(shop.Shell.RunCatching("Get-KvCustomer -First 1"));
        },
        ["The outcome of the create of customer '…' is unknown"] = shop =>
        {
            shop.Shell.Run(SandboxSession.ConnectScript + " -MaxRetryCount 1").ShouldSucceed();
            shop.Controls.InjectFault(SandboxFault.DropAfterCommit("POST", "/customers", count: 1));
            shop.Controls.InjectFault(SandboxFault.Status(503, "GET", "/customers", count: 4));
            return Printed(shop.Shell.Run("New-KvCustomer -Name 'Đỗ Thị Mai' -Phone '0903000113'"));
        },
        ["Stopped: KiotViet failed for 10 rows in a row"] = shop =>
        {
            shop.Shell.Run(SandboxSession.ConnectScript + " -MaxRetryCount 0").ShouldSucceed();
            shop.Controls.InjectFault(SandboxFault.Status(500, "POST", "/customers", count: 1000));
            return Printed(shop.Shell.Run("1..15 | ForEach-Object { [pscustomobject]@{ Name = \"Khách $_\"; Phone = ('09030002{0:D2}' -f $_) } } | New-KvCustomer -BatchSize 1"));
        },
        ["The shop already has a … webhook (id …) sending to …"] = shop =>
        {
            shop.Shell.Run("Register-KvWebhook -Type customer.update -Url 'https://example.vn/hook' -Secret (New-SecureText 'bi-mat-1')").ShouldSucceed();
            return Printed(shop.Shell.Run("Register-KvWebhook -Type customer.update -Url 'https://example.vn/other' -Secret (New-SecureText 'bi-mat-2')"));
        },
        ["Not connected to KiotViet"] = shop => Caught(shop.Shell.RunCatching("Disconnect-KiotViet; Get-KvCustomer -First 1")),
    };

    private static string Caught(ScriptResult result) => (result.Caught?.ToString() ?? "") + "\n" + Printed(result);

    private static string Printed(ScriptResult result) =>
        string.Join("\n", result.Errors.Select(e => $"{e} {e.ErrorDetails?.Message} {e.FullyQualifiedErrorId}").Concat(result.Warnings).Concat(result.Progress.Select(p => p.StatusDescription)).Append(result.Terminating?.Message ?? ""));

    // The hour's budget used up: the wait is shown as progress; the command is stopped once it has said so.
    private static string Pacing(SandboxSession shop)
    {
        shop.Shell.Run(SandboxSession.ConnectScript + " -MaxGetRequestsPerHour 2").ShouldSucceed();
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = shop.Shell.Runspace;
        ps.AddScript("Get-KvCustomer -PageSize 1 -First 5");
        var said = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        ps.Streams.Progress.DataAdded += (_, e) =>
        {
            var record = ps.Streams.Progress[e.Index];
            if (record.StatusDescription?.Contains("pacing") == true)
            {
                said.TrySetResult(record.StatusDescription);
            }
        };
        var running = ps.BeginInvoke();
        var text = said.Task.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        ps.Stop();
        return text;
    }
}
