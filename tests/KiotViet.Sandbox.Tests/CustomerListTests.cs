using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KiotViet.Sandbox.Tests;

public sealed class CustomerListTests : IClassFixture<SandboxFixture>
{
    private static readonly Regex LocalDate = new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?$");
    private readonly SandboxFixture sandbox;

    public CustomerListTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task Default_page_is_20_rows_with_total_and_no_timestamp_as_2_6_1_prints_none()
    {
        using var client = await sandbox.FreshClientAsync();

        var page = await client.GetJsonAsync("customers");

        Assert.Equal(250, page.GetProperty("total").GetInt32());
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(20, page.GetProperty("data").GetArrayLength());
        Assert.False(page.TryGetProperty("timestamp", out _));
    }

    [Fact]
    public async Task Page_size_above_100_is_capped_and_the_effective_size_echoed()
    {
        using var client = await sandbox.FreshClientAsync();

        var page = await client.GetJsonAsync("customers?pageSize=500");

        Assert.Equal(100, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(100, page.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public async Task CurrentItem_offsets_walk_the_whole_list_without_gaps_or_repeats()
    {
        using var client = await sandbox.FreshClientAsync();
        var seen = new List<long>();
        for (var offset = 0; offset < 250; offset += 100)
        {
            seen.AddRange(Envelope.Ids(await client.GetJsonAsync($"customers?pageSize=100&currentItem={offset}")));
        }

        Assert.Equal(250, seen.Distinct().Count());
        Assert.Equal(seen.Order(), seen);
        Assert.Empty(Envelope.Ids(await client.GetJsonAsync("customers?currentItem=250")));
    }

    [Fact]
    public async Task Rows_carry_local_dates_without_offset_and_totals_only_when_asked()
    {
        using var client = await sandbox.FreshClientAsync();

        var plain = (await client.GetJsonAsync("customers?pageSize=1")).GetProperty("data")[0];
        var withTotals = (await client.GetJsonAsync("customers?pageSize=1&includeTotal=true&includeCustomerGroup=true")).GetProperty("data")[0];

        Assert.Matches(LocalDate, plain.GetProperty("createdDate").GetString()!);
        Assert.False(plain.TryGetProperty("totalInvoiced", out _));
        Assert.True(withTotals.TryGetProperty("totalRevenue", out _));
        Assert.True(withTotals.TryGetProperty("groups", out _));
    }

    [Fact]
    public async Task Filters_by_name_with_diacritics_code_phone_and_group()
    {
        using var client = await sandbox.FreshClientAsync();
        var first = (await client.GetJsonAsync("customers?pageSize=1&includeCustomerGroup=true")).GetProperty("data")[0];
        var family = first.GetProperty("name").GetString()!.Split(' ')[0];
        var phone = first.GetProperty("contactNumber").GetString()!;

        var byName = await client.GetJsonAsync($"customers?pageSize=100&name={Uri.EscapeDataString(family)}");
        var byCode = await client.GetJsonAsync($"customers?code={first.GetProperty("code").GetString()}");
        var byPhone = await client.GetJsonAsync($"customers?contactNumber={phone[..7]}");
        var byGroup = await client.GetJsonAsync("customers?pageSize=100&groupId=200001&includeCustomerGroup=true");

        Assert.All(byName.GetProperty("data").EnumerateArray(), r => Assert.Contains(family, r.GetProperty("name").GetString()));
        Assert.InRange(byName.GetProperty("total").GetInt32(), 1, 249);
        Assert.Contains(first.GetProperty("id").GetInt64(), Envelope.Ids(byCode));
        Assert.Contains(first.GetProperty("id").GetInt64(), Envelope.Ids(byPhone));
        Assert.All(byGroup.GetProperty("data").EnumerateArray(), r => Assert.Contains("Khách VIP", r.GetProperty("groups").GetString()));
    }

    [Fact]
    public async Task OrderBy_name_descending_sorts_the_whole_result()
    {
        using var client = await sandbox.FreshClientAsync();

        var names = (await client.GetJsonAsync("customers?pageSize=100&orderBy=name&orderDirection=Desc")).GetProperty("data").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToList();

        Assert.Equal(names.OrderByDescending(n => n, StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public async Task LastModifiedFrom_returns_recent_changes_and_removed_ids_of_later_deletions()
    {
        using var client = await sandbox.FreshClientAsync();
        var since = DateTime.UtcNow.AddHours(7).AddSeconds(-1).ToString("yyyy-MM-ddTHH:mm:ss");
        var victim = Envelope.Ids(await client.GetJsonAsync("customers?pageSize=1"))[0];
        var changed = Envelope.Ids(await client.GetJsonAsync("customers?pageSize=1&currentItem=5"))[0];
        await client.SendAsync(HttpMethod.Delete, $"customers/{victim}");
        await client.SendAsync(HttpMethod.Put, $"customers/{changed}", new { comments = "đổi" });

        var page = await client.GetJsonAsync($"customers?lastModifiedFrom={since}&includeRemoveIds=true");

        Assert.Equal(new[] { changed }, Envelope.Ids(page));
        Assert.Equal(new[] { victim }, page.GetProperty("removeId").EnumerateArray().Select(e => e.GetInt64())); // as 2.6.1 spells it
    }

    [Fact]
    public async Task Removed_ids_property_name_is_switchable()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 0, RemovedIdsPropertyName = "removedIds" });
        using var client = await ApiClient.ConnectAsync(server);
        await client.SendAsync(HttpMethod.Delete, $"customers/{Envelope.Ids(await client.GetJsonAsync("customers"))[0]}");

        var page = await client.GetJsonAsync("customers?includeRemoveIds=true");

        Assert.Equal(1, page.GetProperty("removedIds").GetArrayLength());
        Assert.False(page.TryGetProperty("removeId", out _));
    }

    [Fact]
    public async Task Customer_groups_list_their_members()
    {
        using var client = await sandbox.FreshClientAsync();

        var groups = await client.GetJsonAsync("customers/group");

        Assert.Equal(5, groups.GetProperty("total").GetInt32());
        var vip = groups.GetProperty("data").EnumerateArray().Single(g => g.GetProperty("name").GetString() == "Khách VIP");
        Assert.NotEqual(0, vip.GetProperty("customerGroupDetails").GetArrayLength());
    }

    [Fact]
    public async Task Missing_customer_gets_404_with_the_error_envelope()
    {
        using var client = await sandbox.FreshClientAsync();

        var (byId, idBody) = await client.SendAsync(HttpMethod.Get, "customers/42");
        var (byCode, codeBody) = await client.SendAsync(HttpMethod.Get, "customers/code/KH999999");

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byCode.StatusCode);
        Assert.Equal(JsonValueKind.String, idBody.GetProperty("responseStatus").GetProperty("message").ValueKind);
        Assert.Equal("NotFound", Envelope.ErrorCode(codeBody));
    }
}
