using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

public sealed class WebhookTests : IClassFixture<SandboxFixture>
{
    private const string Secret = "bXktc2VjcmV0LWtleS0xMjM0NTY=";
    private readonly SandboxFixture sandbox;

    public WebhookTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    private static Task<(HttpResponseMessage Response, JsonElement Body)> RegisterAsync(ApiClient client, string type, string url, string? secret = Secret) =>
        client.SendAsync(HttpMethod.Post, "webhooks", new { Webhook = new { Type = type, Url = url, IsActive = true, Description = "CRM", Secret = secret } });

    [Fact]
    public async Task Register_list_read_and_unregister()
    {
        using var client = await sandbox.FreshClientAsync();

        var (response, created) = await RegisterAsync(client, "customer.update", "https://crm.example.vn/hook");
        var id = created.GetProperty("id").GetInt64();
        var list = await client.GetJsonAsync("webhooks");
        var read = await client.GetJsonAsync($"webhooks/{id}");
        var (_, deleted) = await client.SendAsync(HttpMethod.Delete, $"webhooks/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var row = list.GetProperty("data")[0];
        Assert.Equal("customer.update", row.GetProperty("type").GetString());
        Assert.True(row.TryGetProperty("modifiedDate", out _));
        Assert.False(row.TryGetProperty("secret", out _));
        Assert.Equal("https://crm.example.vn/hook", read.GetProperty("url").GetString());
        Assert.Equal("Hủy đăng ký webhook thành công", deleted.GetProperty("message").GetString());
        Assert.Equal(0, (await client.GetJsonAsync("webhooks")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_second_webhook_of_a_type_is_refused_and_unknown_types_are_invalid()
    {
        using var client = await sandbox.FreshClientAsync();
        await RegisterAsync(client, "invoice.update", "https://a.example.vn/");

        var (duplicate, body) = await RegisterAsync(client, "invoice.update", "https://b.example.vn/");
        var (invented, inventedBody) = await RegisterAsync(client, "invoice.created", "https://b.example.vn/");

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("Type đã tồn tại", body.GetProperty("responseStatus").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invented.StatusCode);
        Assert.Equal("Type", Envelope.SingleFieldError(inventedBody).GetProperty("fieldName").GetString());
    }

    [Fact]
    public async Task A_customer_update_is_delivered_signed_sha1_prefix_hex_hmac_sha256_of_the_raw_body()
    {
        using var client = await sandbox.FreshClientAsync();
        using var receiver = new WebhookReceiver();
        await RegisterAsync(client, "customer.update", receiver.Url);
        var id = Envelope.Ids(await client.GetJsonAsync("customers"))[0];

        await client.SendAsync(HttpMethod.Put, $"customers/{id}", new { email = "hook@example.vn" });
        var post = await receiver.NextAsync();

        var expected = "sha1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), post.Body));
        Assert.Equal(expected, post.Signature);
        var payload = JsonDocument.Parse(post.Body).RootElement;
        Assert.True(Guid.TryParse(payload.GetProperty("Id").GetString(), out _));
        Assert.Equal(1, payload.GetProperty("Attempt").GetInt32());
        var notification = payload.GetProperty("Notifications")[0];
        Assert.Equal($"customer.update.{sandbox.Server.Options.RetailerId}", notification.GetProperty("Action").GetString());
        var data = notification.GetProperty("Data")[0];
        Assert.Equal(id, data.GetProperty("Id").GetInt64());
        Assert.Equal("hook@example.vn", data.GetProperty("Email").GetString());
        Assert.EndsWith("+07:00", data.GetProperty("ModifiedDate").GetString());
    }

    [Fact]
    public async Task Failed_deliveries_are_retried_with_a_growing_attempt_and_the_same_id()
    {
        using var client = await sandbox.FreshClientAsync();
        using var receiver = new WebhookReceiver(500, 503);
        await RegisterAsync(client, "invoice.update", receiver.Url);

        await sandbox.Controls.FireWebhookEventAsync("invoice.update");

        var posts = new[] { await receiver.NextAsync(), await receiver.NextAsync(), await receiver.NextAsync() }.Select(p => JsonDocument.Parse(p.Body).RootElement).ToList();
        Assert.Equal(new[] { 1, 2, 3 }, posts.Select(p => p.GetProperty("Attempt").GetInt32()));
        Assert.Single(posts.Select(p => p.GetProperty("Id").GetString()).Distinct());
        Assert.Equal(new int?[] { 500, 503, 200 }, sandbox.Controls.WebhookDeliveries.Select(d => d.Status));
    }

    [Fact]
    public async Task A_404_answer_stops_delivery_to_that_endpoint()
    {
        using var client = await sandbox.FreshClientAsync();
        using var receiver = new WebhookReceiver(404);
        await RegisterAsync(client, "branch.update", receiver.Url);

        await sandbox.Controls.FireWebhookEventAsync("branch.update");
        await sandbox.Controls.FireWebhookEventAsync("branch.update");

        await receiver.NextAsync();
        Assert.False(receiver.TryTakeAnother(out _));
        Assert.Single(sandbox.Controls.WebhookDeliveries);
    }

    [Fact]
    public async Task Customer_delete_sends_the_removed_id_as_data()
    {
        using var client = await sandbox.FreshClientAsync();
        using var receiver = new WebhookReceiver();
        await RegisterAsync(client, "customer.delete", receiver.Url, secret: null);
        var id = Envelope.Ids(await client.GetJsonAsync("customers"))[1];

        await client.SendAsync(HttpMethod.Delete, $"customers/{id}");
        var post = await receiver.NextAsync();

        Assert.Null(post.Signature);
        var data = JsonDocument.Parse(post.Body).RootElement.GetProperty("Notifications")[0].GetProperty("Data");
        Assert.Equal(id, Assert.Single(data.EnumerateArray().ToList()).GetInt64());
    }

    [Fact]
    public async Task Every_real_type_can_be_fired_and_invented_types_are_refused()
    {
        using var client = await sandbox.FreshClientAsync();
        using var receiver = new WebhookReceiver();
        var types = new[] { "customer.update", "customer.delete", "product.update", "product.delete", "stock.update", "order.update", "invoice.update", "pricebook.update", "pricebook.delete", "pricebookdetail.update", "pricebookdetail.delete", "category.update", "category.delete", "branch.update", "branch.delete" };
        foreach (var type in types)
        {
            await RegisterAsync(client, type, receiver.Url);
            await sandbox.Controls.FireWebhookEventAsync(type);
            var action = JsonDocument.Parse((await receiver.NextAsync()).Body).RootElement.GetProperty("Notifications")[0];
            Assert.StartsWith(type + ".", action.GetProperty("Action").GetString());
            Assert.NotEqual(0, action.GetProperty("Data").GetArrayLength());
        }

        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.Controls.FireWebhookEventAsync("customer.created"));
    }
}

public sealed class WebhookVariantTests
{
    [Fact]
    public async Task A_receiver_slower_than_the_timeout_gets_the_delivery_again()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5, WebhookTimeout = TimeSpan.FromMilliseconds(300) });
        using var client = await ApiClient.ConnectAsync(server);
        using var receiver = new WebhookReceiver(TimeSpan.FromSeconds(1));
        await client.SendAsync(HttpMethod.Post, "webhooks", new { Webhook = new { Type = "product.update", Url = receiver.Url, IsActive = true } });

        await server.Controls.FireWebhookEventAsync("product.update");

        var attempts = server.Controls.WebhookDeliveries;
        Assert.Equal(2, attempts.Count);
        Assert.Null(attempts[0].Status);
        Assert.Contains("No answer", attempts[0].Error);
        Assert.Equal((2, 200), (attempts[1].Attempt, attempts[1].Status));
    }

    [Theory]
    [InlineData(WebhookDeliveryHeaders.None)]
    [InlineData(WebhookDeliveryHeaders.SamePerAttempt)]
    [InlineData(WebhookDeliveryHeaders.NewPerAttempt)]
    public async Task Delivery_headers_are_switchable(WebhookDeliveryHeaders headers)
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5, WebhookDeliveryHeaders = headers });
        using var client = await ApiClient.ConnectAsync(server);
        using var receiver = new WebhookReceiver(503);
        await client.SendAsync(HttpMethod.Post, "webhooks", new { Webhook = new { Type = "order.update", Url = receiver.Url, IsActive = true } });

        await server.Controls.FireWebhookEventAsync("order.update");
        var (first, retry) = (await receiver.NextAsync(), await receiver.NextAsync());

        if (headers == WebhookDeliveryHeaders.None)
        {
            Assert.All(new[] { first, retry }, p => Assert.Null(p.EventHeader ?? p.DeliveryHeader));
            return;
        }

        Assert.All(new[] { first, retry }, p => Assert.Equal("order.update", p.EventHeader));
        Assert.True(Guid.TryParse(first.DeliveryHeader, out _));
        Assert.Equal(headers == WebhookDeliveryHeaders.SamePerAttempt, first.DeliveryHeader == retry.DeliveryHeader);
    }

    [Theory]
    [InlineData("sha256=", WebhookDigest.Sha1, WebhookSignatureEncoding.Base64, WebhookSecretKey.Base64Decoded)]
    [InlineData("", WebhookDigest.Sha256, WebhookSignatureEncoding.Hex, WebhookSecretKey.AsSent)]
    public async Task Signature_scheme_and_delete_shape_are_switchable(string prefix, WebhookDigest digest, WebhookSignatureEncoding encoding, WebhookSecretKey key)
    {
        const string secret = "c2VjcmV0LWJ5dGVzLTEyMw==";
        var options = new SandboxOptions
        {
            CustomerCount = 5,
            InvoiceCount = 5,
            WebhookDeleteShape = WebhookDeleteShape.RemoveIdObject,
            WebhookSignature = new WebhookSignatureOptions { Prefix = prefix, Digest = digest, Encoding = encoding, Key = key },
        };
        await using var server = await SandboxServer.StartAsync(options);
        using var client = await ApiClient.ConnectAsync(server);
        using var receiver = new WebhookReceiver();
        await client.SendAsync(HttpMethod.Post, "webhooks", new { Webhook = new { Type = "customer.delete", Url = receiver.Url, IsActive = true, Secret = secret } });

        await server.Controls.FireWebhookEventAsync("customer.delete");
        var post = await receiver.NextAsync();

        var keyBytes = key == WebhookSecretKey.AsSent ? Encoding.UTF8.GetBytes(secret) : Convert.FromBase64String(secret);
        var mac = digest == WebhookDigest.Sha1 ? HMACSHA1.HashData(keyBytes, post.Body) : HMACSHA256.HashData(keyBytes, post.Body);
        Assert.Equal(prefix + (encoding == WebhookSignatureEncoding.Hex ? Convert.ToHexStringLower(mac) : Convert.ToBase64String(mac)), post.Signature);
        var data = JsonDocument.Parse(post.Body).RootElement.GetProperty("Notifications")[0].GetProperty("Data")[0];
        Assert.Equal(1, data.GetProperty("RemoveId").GetArrayLength());
    }
}
