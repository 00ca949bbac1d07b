using System.Net;
using System.Text.RegularExpressions;

namespace KiotViet.Sandbox.Tests;

public sealed class CustomerWriteTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public CustomerWriteTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task Create_wraps_the_customer_in_data_and_generates_a_KH_code()
    {
        using var client = await sandbox.FreshClientAsync();

        var (response, body) = await client.SendAsync(HttpMethod.Post, "customers", new { name = "Lê Thị Hồng", contactNumber = "0912345678", groupIds = new[] { 200002 } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = body.GetProperty("data");
        Assert.Matches(new Regex("^KH\\d{6}$"), created.GetProperty("code").GetString()!);
        Assert.Equal("Lê Thị Hồng", created.GetProperty("name").GetString());
        Assert.Equal("Khách sỉ", created.GetProperty("groups").GetString());
        Assert.Equal(251, sandbox.Controls.CustomerCount);
        var fetched = await client.GetJsonAsync($"customers/{created.GetProperty("id").GetInt64()}");
        Assert.Equal("0912345678", fetched.GetProperty("contactNumber").GetString());
    }

    [Fact]
    public async Task Create_accepts_form_encoded_bodies_and_a_given_code()
    {
        using var client = await sandbox.FreshClientAsync();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Trần Văn Đức", ["code"] = "KHWEB01", ["gender"] = "true" });

        using var response = await client.Http.PostAsync(new Uri(client.ApiRoot, "customers"), form);

        var created = (await ApiClient.ReadAsync(response)).GetProperty("data");
        Assert.Equal("KHWEB01", created.GetProperty("code").GetString());
        Assert.True(created.GetProperty("gender").GetBoolean());
        Assert.Equal("Trần Văn Đức", (await client.GetJsonAsync("customers/code/KHWEB01")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Duplicate_code_gets_a_validation_error_on_field_Code()
    {
        using var client = await sandbox.FreshClientAsync();

        var (response, body) = await client.SendAsync(HttpMethod.Post, "customers", new { name = "Ngô Bảo Châu", code = "KH000001" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Code", Envelope.SingleFieldError(body).GetProperty("fieldName").GetString());
        Assert.Equal(250, sandbox.Controls.CustomerCount);
    }

    [Fact]
    public async Task Missing_name_gets_a_validation_error_on_field_Name_with_the_configured_status()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 3, InvoiceCount = 0, ValidationStatusCode = 420 });
        using var client = await ApiClient.ConnectAsync(server);

        var (response, body) = await client.SendAsync(HttpMethod.Post, "customers", new { contactNumber = "0987654321" });

        Assert.Equal(420, (int)response.StatusCode);
        Assert.Equal("Name", Envelope.SingleFieldError(body).GetProperty("fieldName").GetString());
    }

    [Fact]
    public async Task Update_changes_given_fields_and_keeps_absent_ones()
    {
        using var client = await sandbox.FreshClientAsync();
        var before = (await client.GetJsonAsync("customers?pageSize=1")).GetProperty("data")[0];
        var id = before.GetProperty("id").GetInt64();

        var (response, body) = await client.SendAsync(HttpMethod.Put, $"customers/{id}", new { email = "moi@example.vn" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("moi@example.vn", body.GetProperty("data").GetProperty("email").GetString());
        var after = await client.GetJsonAsync($"customers/{id}");
        Assert.Equal(before.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        Assert.Equal(before.GetProperty("contactNumber").GetString(), after.GetProperty("contactNumber").GetString());
    }

    [Fact]
    public async Task Update_can_be_switched_to_clear_absent_fields()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 3, InvoiceCount = 0, UpdateClearsAbsentFields = true });
        using var client = await ApiClient.ConnectAsync(server);
        var id = Envelope.Ids(await client.GetJsonAsync("customers"))[0];

        await client.SendAsync(HttpMethod.Put, $"customers/{id}", new { name = "Phạm Ngọc Lan" });

        Assert.False((await client.GetJsonAsync($"customers/{id}")).TryGetProperty("contactNumber", out _));
    }

    [Fact]
    public async Task Delete_answers_the_real_message_and_the_customer_is_gone()
    {
        using var client = await sandbox.FreshClientAsync();
        var id = Envelope.Ids(await client.GetJsonAsync("customers"))[3];

        var (response, body) = await client.SendAsync(HttpMethod.Delete, $"customers/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Xóa dữ liệu thành công", body.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"customers/{id}")).StatusCode);
        Assert.Equal(249, sandbox.Controls.CustomerCount);
    }
}
