using System.Net;
using System.Net.Sockets;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Connection problems point the right way, and filters that can only return nothing say so.</summary>
public sealed class ConnectionProblemTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public ConnectionProblemTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private ScriptResult Connect(string api, string token) => shop.Shell.RunCatching(
        "Connect-KiotViet -Retailer $kvRetailer -ClientId $kvClientId -ClientSecret (New-SecureText $kvSecret) -ApiBaseUri $api -TokenUri $token -InitialRetryDelay ([timespan]::FromMilliseconds(20)) -PassThru -Verbose",
        new Dictionary<string, object?> { ["api"] = api, ["token"] = token });

    [Fact]
    public void A_closed_port_says_nothing_listens_there_without_retrying()
    {
        var port = ClosedPort();

        var result = Connect($"http://127.0.0.1:{port}/", $"http://127.0.0.1:{port}/connect/token");

        Assert.Equal("KiotVietTransport,KiotViet.Commands.ConnectKiotVietCommand", result.Caught?.FullyQualifiedErrorId);
        Assert.Contains($"Nothing listens at http://127.0.0.1:{port}", result.Caught!.Exception.Message);
        Assert.DoesNotContain(result.Verbose, v => v.Contains("retry", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("again later", result.Caught.ErrorDetails?.RecommendedAction ?? "");
    }

    [Fact]
    public void Tls_to_a_plain_http_endpoint_names_the_cause_and_the_fix()
    {
        var https = new UriBuilder(shop.Sandbox.TokenUri) { Scheme = "https" }.Uri.ToString();

        var result = Connect(new UriBuilder(shop.Sandbox.BaseUri) { Scheme = "https" }.Uri.ToString(), https);

        Assert.Equal("KiotVietTransport,KiotViet.Commands.ConnectKiotVietCommand", result.Caught?.FullyQualifiedErrorId);
        Assert.Contains("The secure (TLS) connection", result.Caught!.Exception.Message);
        Assert.Contains("use http:// instead of https://", result.Caught.Exception.Message);
        Assert.DoesNotContain(result.Verbose, v => v.Contains("retry", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_wrong_token_url_is_reported_as_a_wrong_url_not_as_refused_credentials()
    {
        var result = Connect(shop.Sandbox.BaseUri.ToString(), new Uri(shop.Sandbox.BaseUri, "no/such/token/endpoint").ToString());

        Assert.Equal("KiotVietInvalidResponse,KiotViet.Commands.ConnectKiotVietCommand", result.Caught?.FullyQualifiedErrorId);
        Assert.Contains("does not look like a token endpoint", result.Caught!.Exception.Message);
        Assert.DoesNotContain("refused the client id", result.Caught.Exception.Message);
    }

    [Fact]
    public void A_future_modified_since_warns_that_nothing_can_match()
    {
        var result = shop.Shell.Run("Get-KvCustomer -ModifiedSince ([datetime]::Now.AddDays(3))").ShouldSucceed();

        Assert.Empty(result.Output);
        Assert.Contains(result.Warnings, w => w.Contains("is in the future"));
    }

    [Fact]
    public void An_unknown_group_or_branch_warns_that_nothing_can_match()
    {
        var customers = shop.Shell.Run("Get-KvCustomer -GroupId 987654321").ShouldSucceed();
        var invoices = shop.Shell.Run("Get-KvInvoice -BranchId 987654321 -First 5").ShouldSucceed();

        Assert.Contains(customers.Warnings, w => w.Contains("No customer group has id 987654321"));
        Assert.Contains(invoices.Warnings, w => w.Contains("No branch has id 987654321"));
    }

    [Fact]
    public void A_known_group_gives_no_warning()
    {
        var result = shop.Shell.Run("$g = @(Get-KvCustomerGroup)[0]; Get-KvCustomer -GroupId $g.Id -First 1").ShouldSucceed();

        Assert.Empty(result.Warnings);
    }
}
