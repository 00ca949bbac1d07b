using System.Management.Automation;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Test-KvWebhookSignature and ConvertFrom-KvWebhook as a receiver (an Azure Function) runs them: no connection needed.</summary>
public sealed class WebhookReceivingTests : IDisposable
{
    private const string Secret = "c2hvcC13ZWJob29rLXNlY3JldA==";
    private const string Body = """
        {"Id":"4b3c2a10-0000-4000-8000-000000000001","Attempt":1,"Notifications":[
          {"Action":"customer.update.500400541","Data":[{"__type":"KiotViet.OmniChannelCore.Api.Shared.Model.WebhookCustomerUpdateRes, KiotViet","Id":1042,"Code":"KH001042","Name":"Trần Thị Bích","RetailerId":500400541,"Groups":[{"Name":"VIP"}]}]},
          {"Action":"customer.delete.500400541","Data":[{"RemoveId":[7,8]}]},
          {"Action":"product.delete.500400541","Data":[31,32]}]}
        """;

    private readonly PowerShellSession shell = new();

    public void Dispose() => shell.Dispose();

    private static string Sign(string body, string prefix = "sha1=")
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        return prefix + Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body))).ToLowerInvariant();
    }

    private ScriptResult Run(string script, string? signature = null, object? body = null) => shell.Run(script, new Dictionary<string, object?>
    {
        ["body"] = body ?? Body,
        ["sig"] = signature ?? Sign(Body),
        ["secret"] = new NetworkCredential(string.Empty, Secret).SecurePassword,
    });

    [Fact]
    public void Test_signature_returns_true_for_the_raw_body_as_string_or_bytes_and_false_otherwise()
    {
        var valid = Run("Test-KvWebhookSignature -Body $body -Signature $sig -Secret $secret").ShouldSucceed();
        var bytes = Run("Test-KvWebhookSignature -Body $body -Signature $sig -Secret $secret", body: Encoding.UTF8.GetBytes(Body)).ShouldSucceed();
        var plainSecret = Run($"Test-KvWebhookSignature -Body $body -Signature $sig -Secret '{Secret}'").ShouldSucceed();
        var wrong = Run("Test-KvWebhookSignature -Body $body -Signature $sig -Secret 'wrong-secret-value'").ShouldSucceed();
        var tampered = Run("Test-KvWebhookSignature -Body $body -Signature $sig -Secret $secret", body: Body.Replace("VIP", "VVIP")).ShouldSucceed();
        var missing = Run("Test-KvWebhookSignature -Body $body -Signature $null -Secret $secret").ShouldSucceed();

        Assert.Equal(new object[] { true, true, true, false, false, false }, new[] { valid, bytes, plainSecret, wrong, tampered, missing }.Select(r => Assert.Single(r.Output).BaseObject));
    }

    [Fact]
    public void A_piped_byte_array_is_read_as_one_body()
    {
        var bytes = Encoding.UTF8.GetBytes(Body);

        var test = Run("$body | Test-KvWebhookSignature -Signature $sig -Secret $secret", body: bytes).ShouldSucceed();
        var events = Run("$body | ConvertFrom-KvWebhook -Signature $sig -Secret $secret", body: bytes).ShouldSucceed();

        Assert.Equal(true, Assert.Single(test.Output).BaseObject);
        Assert.Equal(3, events.Output.Count);
    }

    [Fact]
    public void Detailed_reports_the_variant_that_matched()
    {
        var result = Run("Test-KvWebhookSignature -Body $body -Signature $sig -Secret $secret -Detailed", signature: Sign(Body, "sha256=")).ShouldSucceed();

        var detail = Assert.Single(result.Output);
        Assert.Equal(true, detail.Properties["IsValid"].Value);
        Assert.Equal("sha256", detail.Properties["Prefix"].Value);
        Assert.Equal("HmacSha256", detail.Properties["Algorithm"].Value.ToString());
        Assert.Equal("Hex", detail.Properties["Encoding"].Value.ToString());
        Assert.Equal("Utf8Text", detail.Properties["KeyForm"].Value.ToString());
        Assert.DoesNotContain(Secret, result.AllText());
    }

    [Fact]
    public void Convert_gives_one_typed_event_per_notification_with_rows_as_objects_and_removed_ids()
    {
        var result = Run("$body | ConvertFrom-KvWebhook -Signature $sig -Secret $secret").ShouldSucceed();

        Assert.Equal(3, result.Output.Count);
        var update = result.Output[0];
        Assert.Equal("KiotViet.WebhookEvent", update.TypeNames[0]);
        Assert.Equal("customer.update", update.Properties["EventType"].Value);
        Assert.Equal("customer", update.Properties["Entity"].Value);
        Assert.Equal("update", update.Properties["Action"].Value);
        Assert.Equal(500400541L, update.Properties["RetailerId"].Value);
        Assert.Equal("4b3c2a10-0000-4000-8000-000000000001", update.Properties["DeliveryId"].Value);
        Assert.Equal(1, update.Properties["Attempt"].Value);
        var row = Assert.Single(((IEnumerable<PSObject>)update.Properties["Data"].Value));
        Assert.Equal("Trần Thị Bích", row.Properties["Name"].Value);
        Assert.Equal("VIP", ((PSObject)((object[])row.Properties["Groups"].Value)[0]).Properties["Name"].Value);
        Assert.Null(row.Properties["__type"]);

        Assert.Equal(new long[] { 7, 8 }, ((IEnumerable<long>)result.Output[1].Properties["RemovedIds"].Value));
        Assert.Equal("customer.delete", result.Output[1].Properties["EventType"].Value);
        Assert.Equal(new long[] { 31, 32 }, ((IEnumerable<long>)result.Output[2].Properties["RemovedIds"].Value));
        Assert.Equal("31,32", result.Output[2].Properties["RemovedIdList"].Value);
    }

    [Fact]
    public void Convert_refuses_a_delivery_whose_signature_does_not_match_and_goes_on_with_the_next()
    {
        var result = Run("@($body, $body) | ConvertFrom-KvWebhook -Signature $sig -Secret 'wrong-secret-value'");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Output);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("KiotVietWebhookSignatureMismatch", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.SecurityError, e.CategoryInfo.Category);
        });
        Assert.DoesNotContain("wrong-secret-value", result.AllText());
    }

    [Fact]
    public void Convert_without_signature_converts_and_a_parsed_or_broken_body_is_an_error()
    {
        var unverified = Run("ConvertFrom-KvWebhook -Body $body").ShouldSucceed();
        var parsed = Run("ConvertFrom-KvWebhook -Body @{ Id = 'x' }");
        var broken = Run("ConvertFrom-KvWebhook -Body 'not json'");
        var half = Run("ConvertFrom-KvWebhook -Body $body -Signature $sig");

        Assert.Equal(3, unverified.Output.Count);
        Assert.StartsWith("KiotVietWebhookBodyNotRaw", Assert.Single(parsed.Errors).FullyQualifiedErrorId);
        Assert.StartsWith("KiotVietWebhookPayloadInvalid", Assert.Single(broken.Errors).FullyQualifiedErrorId);
        Assert.Contains("-Signature and -Secret together", half.AllText());
        Assert.Empty(half.Output);
    }
}
