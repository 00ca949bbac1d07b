using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Orders and webhooks whose write was saved but whose answer was lost: found, reported as written, never sent twice.</summary>
public sealed class LostAnswerWriteTests : IClassFixture<SandboxSession>
{
    private const string CrmUrl = "https://crm.example.vn/kiotviet";
    private readonly SandboxSession shop;

    public LostAnswerWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_order_saved_whose_answer_was_lost_is_found_by_its_customer_and_lines_and_output_once(bool withCustomer)
    {
        var ordersBefore = shop.Shell.Run("@(Get-KvOrder).Count").ShouldSucceed().Output.Single().BaseObject;
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("POST", "/orders"));

        var result = shop.Shell.Run($$"""
            $product = Get-KvProduct -First 1
            $branch = @(Get-KvBranch)[0]
            $customer = {{(withCustomer ? "Get-KvCustomer -First 1" : "$null")}}
            $customer | New-KvOrder -BranchId $branch.Id -Line @{ ProductCode = $product.Code; Quantity = 3; Price = 120000 } -Verbose
            """);

        Assert.Empty(result.Errors);
        var order = Assert.Single(result.Output);
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/orders"));
        Assert.Equal((int)ordersBefore + 1, shop.Shell.Run("@(Get-KvOrder).Count").ShouldSucceed().Output.Single().BaseObject);
        Assert.Equal(1, order.Properties["LineCount"].Value);
        Assert.Contains(result.Verbose, v => v.Contains("only its answer was lost"));
    }

    [Fact]
    public void An_order_not_saved_whose_connection_dropped_is_sent_again_once()
    {
        shop.Controls.InjectFault(SandboxFault.DropConnection("POST", "/orders"));

        var result = shop.Shell.Run("""
            $product = Get-KvProduct -First 1
            Get-KvCustomer -First 1 | New-KvOrder -BranchId @(Get-KvBranch)[0].Id -Line @{ ProductCode = $product.Code; Quantity = 2; Price = 1000 }
            """);

        Assert.Empty(result.Errors);
        Assert.Single(result.Output);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/orders"));
    }

    [Fact]
    public void A_webhook_registration_whose_answer_was_lost_is_found_by_type_and_url()
    {
        shop.Shell.Run("Get-KvWebhook | Unregister-KvWebhook -Confirm:$false").ShouldSucceed();
        shop.Controls.ResetCounters();
        shop.Controls.InjectFault(SandboxFault.StatusAfterCommit(504, "POST", "/webhooks"));

        var result = shop.Shell.Run($"Register-KvWebhook -Type customer.update -Url '{CrmUrl}'");

        Assert.Empty(result.Errors);
        var hook = Assert.Single(result.Output);
        Assert.Equal(CrmUrl, hook.Properties["Url"].Value);
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/webhooks"));
        Assert.Single(shop.Shell.Run("Get-KvWebhook").ShouldSucceed().Output);
    }

    [Fact]
    public void A_webhook_removal_whose_answer_was_lost_is_done_when_it_is_gone()
    {
        shop.Shell.Run("Get-KvWebhook | Unregister-KvWebhook -Confirm:$false").ShouldSucceed();
        shop.Shell.Run($"Register-KvWebhook -Type order.update -Url '{CrmUrl}'").ShouldSucceed();
        shop.Controls.ResetCounters();
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit("DELETE", "/webhooks"));

        var result = shop.Shell.Run("Get-KvWebhook | Unregister-KvWebhook -Confirm:$false");

        Assert.Empty(result.Errors);
        Assert.Equal(1, shop.Controls.RequestCount("DELETE", "/webhooks"));
        Assert.Empty(shop.Shell.Run("Get-KvWebhook").ShouldSucceed().Output);
    }

    [Fact]
    public void SkipExisting_shows_progress_while_it_reads_the_existing_customers_and_the_bulk_write_shows_its_own()
    {
        var result = shop.Shell.Run("""
            1..3 | ForEach-Object { [pscustomobject]@{ Name = "Khách $_"; Phone = ('0966{0:D6}' -f $_) } } | New-KvCustomer -SkipExisting
            """);

        Assert.Empty(result.Errors);
        Assert.Contains(result.Progress, p => p.Activity.StartsWith("Reading existing KiotViet customers") && p.PercentComplete > 0);
        Assert.Contains(result.Progress, p => p.Activity == "Creating KiotViet customers" && p.StatusDescription.Contains("3 created"));
    }
}
