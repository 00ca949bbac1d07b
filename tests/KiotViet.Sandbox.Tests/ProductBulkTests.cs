using System.Net;

namespace KiotViet.Sandbox.Tests;

public sealed class ProductBulkTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public ProductBulkTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task A_bulk_create_saves_every_row_and_answers_only_a_message()
    {
        using var client = await sandbox.FreshClientAsync();
        var before = sandbox.Controls.Products.Count;

        var (response, body) = await client.SendAsync(HttpMethod.Post, "listaddproducts", new
        {
            listProducts = new object[] { new { name = "Trà lô một", code = "TL001", basePrice = 15000, unit = "gói" }, new { name = "Trà lô hai" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Thêm mới danh sách hàng hóa thành công", body.GetProperty("message").GetString());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(before + 2, sandbox.Controls.Products.Count);
        var first = await client.GetJsonAsync("products/code/TL001");
        Assert.Equal((15000m, "gói"), (first.GetProperty("basePrice").GetDecimal(), first.GetProperty("unit").GetString()));
        Assert.StartsWith("SP", sandbox.Controls.Products.Single(p => p.Name == "Trà lô hai").Code);
    }

    [Theory]
    [InlineData("SP000001", "Mã hàng SP000001 đã tồn tại")]
    [InlineData("TLAP01", "Mã hàng TLAP01 đã tồn tại")]
    [InlineData(null, "Tên hàng hóa không được để trống")]
    public async Task One_bad_row_refuses_the_whole_batch_with_its_message_and_saves_nothing(string? code, string message)
    {
        using var client = await sandbox.FreshClientAsync();
        var before = sandbox.Controls.Products.Count;
        var bad = code is null ? (object)new { name = " " } : new { name = "Trùng", code };

        var (response, body) = await client.SendAsync(HttpMethod.Post, "listaddproducts", new
        {
            listProducts = new[] { new { name = "Tốt Một", code = "TLAP01" }, bad, new { name = "Tốt Hai", code = "TLAP02" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, body.GetProperty("responseStatus").GetProperty("message").GetString());
        Assert.Equal(before, sandbox.Controls.Products.Count);
    }

    [Fact]
    public async Task A_bulk_update_changes_each_row_and_an_unknown_id_refuses_the_batch()
    {
        using var client = await sandbox.FreshClientAsync();
        var (first, second) = (sandbox.Controls.Products[0], sandbox.Controls.Products[1]);

        var (ok, okBody) = await client.SendAsync(HttpMethod.Put, "listupdatedproducts", new
        {
            listProducts = new object[] { new { id = first.Id, basePrice = 4321 }, new { id = second.Id, unit = "thùng" } },
        });
        var (refused, _) = await client.SendAsync(HttpMethod.Put, "listupdatedproducts", new
        {
            listProducts = new object[] { new { id = first.Id, basePrice = 1 }, new { id = 1, unit = "hộp" } },
        });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("Cập nhật danh sách hàng hóa thành công", okBody.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var now = sandbox.Controls.Products.ToDictionary(p => p.Id);
        Assert.Equal(4321m, now[first.Id].BasePrice);
        Assert.Equal("thùng", now[second.Id].Unit);
        Assert.Equal(first.Name, now[first.Id].Name);
    }

    [Fact]
    public async Task A_mix_refuses_a_share_of_bulk_updates_as_empty_with_420_and_writes_nothing()
    {
        using var client = await sandbox.FreshClientAsync();
        var first = sandbox.Controls.Products[0];
        sandbox.Controls.SetFaultMix(new SandboxFaultMix(7) { EmptyProductUpdateBatch = 1.0 });
        try
        {
            var (refused, body) = await client.SendAsync(HttpMethod.Put, "listupdatedproducts", new { listProducts = new object[] { new { id = first.Id, basePrice = 999 } } });
            sandbox.Controls.SetFaultMix(new SandboxFaultMix(7) { EmptyProductUpdateBatch = 0.3 });
            var outcomes = new List<HttpStatusCode>();
            for (var i = 0; i < 200; i++)
            {
                outcomes.Add((await client.SendAsync(HttpMethod.Put, "listupdatedproducts", new { listProducts = new object[] { new { id = first.Id, basePrice = 1000 + i } } })).Response.StatusCode);
            }

            Assert.Equal(420, (int)refused.StatusCode);
            Assert.Equal("KvValidateProductException", body.GetProperty("responseStatus").GetProperty("errorCode").GetString());
            Assert.Equal("Danh sách sản phẩm cập nhật rỗng", body.GetProperty("responseStatus").GetProperty("message").GetString());
            Assert.Equal(sandbox.Controls.FaultsInjectedByMix[nameof(SandboxFaultMix.EmptyProductUpdateBatch)], outcomes.Count(o => (int)o == 420));
            Assert.InRange(outcomes.Count(o => (int)o == 420), 30, 90); // 30 % of 200, seeded
            Assert.Equal(1000m + outcomes.FindLastIndex(o => o == HttpStatusCode.OK), sandbox.Controls.Products.Single(p => p.Id == first.Id).BasePrice);
        }
        finally
        {
            sandbox.Controls.SetFaultMix(null);
        }
    }
}
