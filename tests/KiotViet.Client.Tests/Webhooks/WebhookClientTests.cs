using System.Text.Json;
using KiotViet.Webhooks;
using Xunit;

namespace KiotViet.Client.Tests.Webhooks;

public class WebhookClientTests
{
    private const string HookJson = """{"id":77,"type":"customer.update","url":"https://hooks.example.vn/kv","isActive":true,"retailerId":500400541,"description":"CRM"}""";

    private static WebhookRegistration Registration() =>
        new("customer.update", new Uri("https://hooks.example.vn/kv"), "c2VjcmV0LXZhbHVl") { Description = "CRM" };

    [Theory]
    [InlineData(HookJson)]
    [InlineData("{\"message\":\"ok\",\"data\":" + HookJson + "}")]
    public async Task Registers_with_the_documented_pascal_case_body_and_reads_a_wrapped_or_bare_answer(string answer)
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok(answer));
        using var connection = api.Connect();

        var hook = await connection.Webhooks.RegisterAsync(Registration(), CancellationToken.None);

        Assert.Equal(77, hook.Id);
        Assert.Equal("https://hooks.example.vn/kv", hook.Url);
        var request = Assert.Single(api.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/webhooks", request.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(request.Body!);
        var webhook = body.RootElement.GetProperty("Webhook");
        Assert.Equal("customer.update", webhook.GetProperty("Type").GetString());
        Assert.Equal("https://hooks.example.vn/kv", webhook.GetProperty("Url").GetString());
        Assert.True(webhook.GetProperty("IsActive").GetBoolean());
        Assert.Equal("CRM", webhook.GetProperty("Description").GetString());
        Assert.Equal("c2VjcmV0LXZhbHVl", webhook.GetProperty("Secret").GetString());
    }

    [Fact]
    public async Task Lists_the_documented_envelope_and_finds_a_type()
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok("{\"total\":2,\"pageSize\":20,\"data\":[" + HookJson + ",{\"id\":78,\"type\":\"invoice.update\",\"url\":\"https://x.vn/i\",\"isActive\":true,\"modifiedDate\":\"2026-11-20T10:00:00\"}]}"));
        using var connection = api.Connect();

        var all = await connection.Webhooks.ListAsync(CancellationToken.None);
        var invoice = await connection.Webhooks.FindByTypeAsync("INVOICE.update", CancellationToken.None);
        var none = await connection.Webhooks.FindByTypeAsync("branch.delete", CancellationToken.None);

        Assert.Equal(new long[] { 77, 78 }, all.Select(w => w.Id));
        Assert.Equal(78, invoice!.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(7)), invoice.ModifiedDate);
        Assert.Null(none);
        Assert.All(api.Requests, r => Assert.Equal("/webhooks", r.Uri.AbsolutePath));
    }

    [Fact]
    public async Task Gets_and_deletes_by_id()
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok(HookJson), () => FakeApi.Ok("{\"message\":\"Hủy đăng ký webhook thành công\"}"));
        using var connection = api.Connect();

        var hook = await connection.Webhooks.GetAsync(77, CancellationToken.None);
        var message = await connection.Webhooks.DeleteAsync(77, CancellationToken.None);

        Assert.Equal("customer.update", hook.Type);
        Assert.Equal("Hủy đăng ký webhook thành công", message);
        Assert.Equal(new[] { "GET /webhooks/77", "DELETE /webhooks/77" }, api.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath}"));
    }

    [Fact]
    public async Task A_refused_duplicate_type_is_a_validation_error()
    {
        var api = new FakeApi().Respond(() => FakeApi.Json(System.Net.HttpStatusCode.BadRequest, "{\"responseStatus\":{\"errorCode\":\"KvValidateException\",\"message\":\"Type đã tồn tại\"}}"));
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Webhooks.RegisterAsync(Registration(), CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.Validation, error.Kind);
        Assert.Contains("Type đã tồn tại", error.Message);
        Assert.Single(api.Requests);
    }

    [Theory]
    [InlineData("https://hooks.example.vn/kv", true)]
    [InlineData("http://127.0.0.1:5000/kv", true)]
    [InlineData("http://localhost:5000/kv", true)]
    [InlineData("http://[::1]:5000/kv", true)]
    [InlineData("http://hooks.example.vn/kv", false)]
    [InlineData("ftp://hooks.example.vn/kv", false)]
    public void Accepts_https_and_loopback_http_only(string url, bool accepted)
    {
        Assert.Equal(accepted, WebhookRegistration.ProblemWith(new Uri(url)) is null);
    }

    [Fact]
    public void Refuses_invented_types_and_short_secrets_before_sending()
    {
        var url = new Uri("https://hooks.example.vn/kv");

        Assert.Throws<ArgumentException>(() => new WebhookRegistration("customer.created", url, "long-enough-secret"));
        Assert.Throws<ArgumentException>(() => new WebhookRegistration("customer.update", url, "short"));
        Assert.Throws<ArgumentException>(() => new WebhookRegistration("customer.update", new Uri("http://hooks.example.vn/kv"), "long-enough-secret"));
        Assert.Equal("customer.update", new WebhookRegistration("Customer.Update", url, "long-enough-secret").Type);
        Assert.DoesNotContain("long-enough-secret", new WebhookRegistration("customer.update", url, "long-enough-secret").ToString());
    }

    [Fact]
    public void Generated_secrets_are_random_base64_of_32_bytes()
    {
        var first = WebhookSecret.Generate();
        var second = WebhookSecret.Generate();

        Assert.NotEqual(first, second);
        Assert.Equal(32, Convert.FromBase64String(first).Length);
    }
}
