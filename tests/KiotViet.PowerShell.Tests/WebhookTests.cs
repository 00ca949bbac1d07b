using System.Management.Automation;
using System.Security;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Webhook management against the sandbox, and a real signed delivery received on a loopback listener.</summary>
public sealed class WebhookTests : IClassFixture<SandboxSession>
{
    private const string CrmUrl = "https://crm.example.vn/kiotviet";
    private readonly SandboxSession shop;

    public WebhookTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
        shop.Shell.Run("Get-KvWebhook | Unregister-KvWebhook -Confirm:$false").ShouldSucceed();
        shop.Controls.ResetCounters();
    }

    private int WebhookWrites(string method) => shop.Controls.Requests.Count(r => r.Method == method && r.Path.StartsWith("/webhooks", StringComparison.OrdinalIgnoreCase));

    private List<PSObject> Webhooks() => shop.Shell.Run("Get-KvWebhook").ShouldSucceed().Output.ToList();

    [Fact]
    public void Register_without_a_secret_returns_a_generated_secret_once()
    {
        var result = shop.Shell.Run($"Register-KvWebhook -Type customer.update -Url '{CrmUrl}' -Description 'CRM sync'").ShouldSucceed();

        var hook = Assert.Single(result.Output);
        Assert.Equal("KiotViet.RegisteredWebhook", hook.TypeNames[0]);
        Assert.Equal("customer.update", hook.Properties["Type"].Value);
        Assert.Equal(CrmUrl, hook.Properties["Url"].Value);
        Assert.Equal(true, hook.Properties["SecretGenerated"].Value);
        var secret = Assert.IsType<SecureString>(hook.Properties["Secret"].Value);
        Assert.Equal(44, secret.Length);
        var plain = new System.Net.NetworkCredential(string.Empty, secret).Password;
        Assert.DoesNotContain(plain, result.AllText());
        Assert.Equal(1, WebhookWrites("POST"));

        var listed = Assert.Single(Webhooks());
        Assert.Equal(hook.Properties["Id"].Value, listed.Properties["Id"].Value);
        Assert.Null(listed.Properties["Secret"]);
    }

    [Fact]
    public void Register_with_a_secret_returns_nothing_unless_passthru_and_never_the_secret()
    {
        var quiet = shop.Shell.Run($"Register-KvWebhook -Type invoice.update -Url '{CrmUrl}' -Secret $kvSecretSecure", new Dictionary<string, object?> { ["kvSecretSecure"] = Secure("given-secret-123") }).ShouldSucceed();
        var passThru = shop.Shell.Run($"Register-KvWebhook -Type stock.update -Url '{CrmUrl}' -Secret $kvSecretSecure -PassThru").ShouldSucceed();

        Assert.Empty(quiet.Output);
        var hook = Assert.Single(passThru.Output);
        Assert.Null(hook.Properties["Secret"].Value);
        Assert.Equal(false, hook.Properties["SecretGenerated"].Value);
        Assert.Equal(new[] { "invoice.update", "stock.update" }, Webhooks().Select(w => (string)w.Properties["Type"].Value).OrderBy(t => t));
    }

    [Fact]
    public void A_second_webhook_of_a_type_is_refused_naming_the_existing_url_and_force_replaces_it()
    {
        shop.Shell.Run($"Register-KvWebhook -Type customer.update -Url '{CrmUrl}'").ShouldSucceed();
        var original = Assert.Single(Webhooks());
        shop.Controls.ResetCounters();

        var refused = shop.Shell.Run("Register-KvWebhook -Type customer.update -Url 'https://other.example.vn/hook'");

        var error = Assert.Single(refused.Errors);
        Assert.StartsWith("KiotVietWebhookTypeTaken", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Contains(CrmUrl, error.Exception.Message);
        Assert.Contains("-Force", error.Exception.Message);
        Assert.Equal(0, WebhookWrites("POST") + WebhookWrites("DELETE"));

        var replaced = shop.Shell.Run("Register-KvWebhook -Type customer.update -Url 'https://other.example.vn/hook' -Force").ShouldSucceed();

        Assert.Contains(replaced.Warnings, w => w.Contains(CrmUrl) && w.Contains(original.Properties["Id"].Value.ToString()!));
        var hook = Assert.Single(replaced.Output);
        Assert.Equal(CrmUrl, hook.Properties["ReplacedUrl"].Value);
        Assert.Equal(original.Properties["Id"].Value, hook.Properties["ReplacedWebhookId"].Value);
        var now = Assert.Single(Webhooks());
        Assert.Equal("https://other.example.vn/hook", now.Properties["Url"].Value);
        Assert.Equal(1, WebhookWrites("DELETE"));
        Assert.Equal(1, WebhookWrites("POST"));
    }

    [Fact]
    public void WhatIf_sends_no_write()
    {
        shop.Shell.Run($"Register-KvWebhook -Type customer.update -Url '{CrmUrl}'").ShouldSucceed();
        shop.Controls.ResetCounters();

        var result = shop.Shell.Run("""
            Register-KvWebhook -Type branch.update -Url 'https://crm.example.vn/branches' -WhatIf
            Register-KvWebhook -Type customer.update -Url 'https://other.example.vn/hook' -Force -WhatIf
            Get-KvWebhook | Unregister-KvWebhook -WhatIf
            """);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Output);
        Assert.Equal(0, WebhookWrites("POST"));
        Assert.Equal(0, WebhookWrites("DELETE"));
        Assert.Equal(CrmUrl, Assert.Single(Webhooks()).Properties["Url"].Value);
    }

    [Fact]
    public void Get_filters_by_type_and_id_and_unregister_takes_piped_webhooks()
    {
        shop.Shell.Run($"""
            $null = Register-KvWebhook -Type customer.update -Url '{CrmUrl}'
            $null = Register-KvWebhook -Type invoice.update -Url '{CrmUrl}'
            """).ShouldSucceed();

        var invoice = Assert.Single(shop.Shell.Run("Get-KvWebhook -Type invoice.update").ShouldSucceed().Output);
        Assert.Equal("KiotViet.Webhook", invoice.TypeNames[0]);
        var id = (long)invoice.Properties["Id"].Value;
        var byId = Assert.Single(shop.Shell.Run($"Get-KvWebhook -Id {id}").ShouldSucceed().Output);
        Assert.Equal("invoice.update", byId.Properties["Type"].Value);

        shop.Shell.Run("Get-KvWebhook -Type invoice.update | Unregister-KvWebhook -Confirm:$false").ShouldSucceed();

        Assert.Equal("customer.update", Assert.Single(Webhooks()).Properties["Type"].Value);
        var missing = shop.Shell.Run($"Unregister-KvWebhook -Id {id} -Confirm:$false; 'went on'");
        Assert.Equal("went on", Assert.Single(missing.Output).BaseObject);
        Assert.Single(missing.Errors);
    }

    [Theory]
    [InlineData("http://crm.example.vn/kiotviet", "https")]
    [InlineData("customer.created", "does not belong to the set")]
    public void Bad_input_is_refused_before_anything_is_sent(string urlOrType, string expected)
    {
        var script = urlOrType.StartsWith("http", StringComparison.Ordinal)
            ? $"Register-KvWebhook -Type customer.update -Url '{urlOrType}'"
            : $"Register-KvWebhook -Type '{urlOrType}' -Url '{CrmUrl}'";

        var result = shop.Shell.Run(script);

        Assert.True(result.Errors.Count > 0 || result.Terminating is not null);
        Assert.Contains(expected, result.AllText());
        Assert.Equal(0, WebhookWrites("POST"));
    }

    [Fact]
    public async Task A_real_delivery_for_a_changed_customer_verifies_and_converts()
    {
        using var receiver = new LoopbackWebhookReceiver();
        var setup = shop.Shell.Run($"""
            $hook = Register-KvWebhook -Type customer.update -Url '{receiver.Url}'
            $customer = Get-KvCustomer -First 1
            $customer | Set-KvCustomer -Email 'webhook.test@example.vn'
            $customer.Id
            """).ShouldSucceed();
        var customerId = (long)Assert.Single(setup.Output).BaseObject;

        var delivery = await receiver.NextAsync(TimeSpan.FromSeconds(15));

        Assert.Equal("POST", delivery.Method);
        Assert.False(string.IsNullOrEmpty(delivery.Signature));
        var variables = new Dictionary<string, object?> { ["raw"] = delivery.Body, ["sig"] = delivery.Signature };
        var check = shop.Shell.Run("""
            Test-KvWebhookSignature -Body $raw -Signature $sig -Secret $hook.Secret -Detailed
            Test-KvWebhookSignature -Body ([Text.Encoding]::UTF8.GetString($raw)) -Signature $sig -Secret $hook.Secret
            Test-KvWebhookSignature -Body $raw -Signature $sig -Secret 'not-the-registered-secret'
            """, variables).ShouldSucceed();
        var detail = check.Output[0];
        Assert.Equal(true, detail.Properties["IsValid"].Value);
        Assert.Equal("sha1", detail.Properties["Prefix"].Value);
        Assert.Equal("HmacSha256", detail.Properties["Algorithm"].Value.ToString());
        Assert.Equal(true, check.Output[1].BaseObject);
        Assert.Equal(false, check.Output[2].BaseObject);

        var converted = shop.Shell.Run("ConvertFrom-KvWebhook -Body $raw -Signature $sig -Secret $hook.Secret; $hook.RetailerId", variables).ShouldSucceed();
        var retailerId = converted.Output[^1].BaseObject;
        var change = Assert.Single(converted.Output.Take(converted.Output.Count - 1));
        Assert.Equal("customer.update", change.Properties["EventType"].Value);
        Assert.Equal(retailerId, change.Properties["RetailerId"].Value);
        Assert.NotEqual(0L, retailerId);
        Assert.False(string.IsNullOrEmpty((string?)change.Properties["DeliveryId"].Value));
        Assert.True((int)change.Properties["Attempt"].Value >= 1);
        var row = Assert.Single(((IEnumerable<PSObject>)change.Properties["Data"].Value));
        Assert.Equal(customerId, row.Properties["Id"].Value);
        Assert.Equal("webhook.test@example.vn", row.Properties["Email"].Value);
    }

    private static SecureString Secure(string text) => new System.Net.NetworkCredential(string.Empty, text).SecurePassword;
}

/// <summary>Deliveries from sandboxes set to each signature variant and delete shape the documentation leaves open.</summary>
public sealed class WebhookDeliveryVariantTests
{
    public static TheoryData<string, WebhookDigest, WebhookSignatureEncoding, WebhookSecretKey, WebhookDeleteShape> Variants() => new()
    {
        { "sha1=", WebhookDigest.Sha256, WebhookSignatureEncoding.Hex, WebhookSecretKey.AsSent, WebhookDeleteShape.IdList },
        { "sha256=", WebhookDigest.Sha1, WebhookSignatureEncoding.Base64, WebhookSecretKey.Base64Decoded, WebhookDeleteShape.RemoveIdObject },
        { "", WebhookDigest.Sha256, WebhookSignatureEncoding.Base64, WebhookSecretKey.AsSent, WebhookDeleteShape.RemoveIdObject },
        { "sha1=", WebhookDigest.Sha1, WebhookSignatureEncoding.Hex, WebhookSecretKey.Base64Decoded, WebhookDeleteShape.IdList },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task A_delete_delivery_verifies_in_each_variant_and_gives_the_removed_id(string prefix, WebhookDigest digest, WebhookSignatureEncoding encoding, WebhookSecretKey key, WebhookDeleteShape shape)
    {
        var shop = new SandboxSession(new SandboxOptions
        {
            CustomerCount = 20,
            InvoiceCount = 10,
            WebhookDeleteShape = shape,
            WebhookSignature = new WebhookSignatureOptions { Prefix = prefix, Digest = digest, Encoding = encoding, Key = key },
        });
        await shop.InitializeAsync();
        try
        {
            using var receiver = new LoopbackWebhookReceiver();
            var removed = (long)Assert.Single(shop.Shell.Run($"""
                $hook = Register-KvWebhook -Type customer.delete -Url '{receiver.Url}'
                $customer = Get-KvCustomer -First 1
                $customer | Remove-KvCustomer -Confirm:$false
                $customer.Id
                """).ShouldSucceed().Output).BaseObject;

            var delivery = await receiver.NextAsync(TimeSpan.FromSeconds(15));
            var result = shop.Shell.Run(
                "Test-KvWebhookSignature -Body $raw -Signature $sig -Secret $hook.Secret -Detailed; ConvertFrom-KvWebhook -Body $raw -Signature $sig -Secret $hook.Secret",
                new Dictionary<string, object?> { ["raw"] = delivery.Body, ["sig"] = delivery.Signature }).ShouldSucceed();

            var check = result.Output[0];
            Assert.Equal(true, check.Properties["IsValid"].Value);
            Assert.Equal(prefix.Length == 0 ? null : prefix.TrimEnd('='), check.Properties["Prefix"].Value);
            Assert.Equal(digest == WebhookDigest.Sha1 ? "HmacSha1" : "HmacSha256", check.Properties["Algorithm"].Value.ToString());
            Assert.Equal(encoding.ToString(), check.Properties["Encoding"].Value.ToString());
            Assert.Equal(key == WebhookSecretKey.AsSent ? "Utf8Text" : "Base64Decoded", check.Properties["KeyForm"].Value.ToString());
            var deleted = Assert.Single(result.Output.Skip(1));
            Assert.Equal("customer.delete", deleted.Properties["EventType"].Value);
            Assert.Equal(new[] { removed }, ((IEnumerable<long>)deleted.Properties["RemovedIds"].Value));
        }
        finally
        {
            await shop.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_retried_delivery_keeps_its_id_and_counts_the_attempt()
    {
        var shop = new SandboxSession(new SandboxOptions { CustomerCount = 20, InvoiceCount = 10 });
        await shop.InitializeAsync();
        try
        {
            using var receiver = new LoopbackWebhookReceiver(failFirst: 1);
            shop.Shell.Run($"""
                $hook = Register-KvWebhook -Type customer.update -Url '{receiver.Url}'
                Get-KvCustomer -First 1 | Set-KvCustomer -Comments 'retry me'
                """).ShouldSucceed();

            var events = new List<PSObject>();
            for (var i = 0; i < 2; i++)
            {
                var delivery = await receiver.NextAsync(TimeSpan.FromSeconds(15));
                events.Add(Assert.Single(shop.Shell.Run(
                    "ConvertFrom-KvWebhook -Body $raw -Signature $sig -Secret $hook.Secret",
                    new Dictionary<string, object?> { ["raw"] = delivery.Body, ["sig"] = delivery.Signature }).ShouldSucceed().Output));
            }

            Assert.Equal(events[0].Properties["DeliveryId"].Value, events[1].Properties["DeliveryId"].Value);
            Assert.True((int)events[1].Properties["Attempt"].Value > (int)events[0].Properties["Attempt"].Value);
        }
        finally
        {
            await shop.DisposeAsync();
        }
    }
}
