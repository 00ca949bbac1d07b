using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

/// <summary>
/// Invoice and order writes with a delivery, a sale channel, a sale time and makeInvoice: stored, and shown where the
/// reference prints them (an invoice's invoiceDelivery in GET /invoices/{id}, deliveryDetail and saleChannelId in the
/// write's answer; an order's orderDelivery and saleChannelId).
/// </summary>
public sealed class SaleExtrasTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public SaleExtrasTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task An_invoice_with_a_cod_delivery_is_read_back_with_it_and_its_update_moves_the_delivery_status()
    {
        using var client = await sandbox.FreshClientAsync();
        var productId = Envelope.Ids(await client.GetJsonAsync("products?pageSize=1"))[0];
        var channel = Envelope.Ids(await client.GetJsonAsync("salechannel"))[^1];

        var (created, invoice) = await client.SendAsync(HttpMethod.Post, "invoices", new
        {
            branchId = 1001,
            saleChannelId = channel,
            purchaseDate = "2026-11-20T09:15:00",
            usingCod = true,
            totalPayment = 10000,
            method = "Cash",
            invoiceDetails = new[] { new { productId, quantity = 2, price = 45000 } },
            deliveryDetail = new { receiver = "Trần Thị Bích", contactNumber = "0912345678", address = "12 Hàng Bạc", locationName = "Hà Nội - Quận Hoàn Kiếm", wardName = "Phường Hàng Bạc", usingPriceCod = true, price = 15000, weight = 500, status = 1, partnerDelivery = new { code = "GHN", name = "Giao Hàng Nhanh" } },
        });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(channel, invoice.GetProperty("saleChannelId").GetInt64());
        Assert.Equal("Trần Thị Bích", invoice.GetProperty("deliveryDetail").GetProperty("receiver").GetString());
        var id = invoice.GetProperty("id").GetInt64();
        var read = await client.GetJsonAsync($"invoices/{id}");
        var delivery = read.GetProperty("invoiceDelivery");
        Assert.Equal("12 Hàng Bạc", delivery.GetProperty("address").GetString());
        Assert.True(delivery.GetProperty("usingPriceCod").GetBoolean());
        Assert.Equal(80000, delivery.GetProperty("priceCodPayment").GetDecimal()); // what is still owed
        Assert.Equal("Chờ xử lý", delivery.GetProperty("statusValue").GetString());
        Assert.Equal("GHN", delivery.GetProperty("partnerDelivery").GetProperty("code").GetString());
        Assert.StartsWith("2026-11-20T09:15:00", read.GetProperty("purchaseDate").GetString());

        var (updated, answer) = await client.SendAsync(HttpMethod.Put, $"invoices/{id}", new { status = 3, deliveryDetail = new { status = 3, priceCodPayment = 70000 } });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(3, answer.GetProperty("deliveryDetail").GetProperty("status").GetInt32());
        delivery = (await client.GetJsonAsync($"invoices/{id}")).GetProperty("invoiceDelivery");
        Assert.Equal("Giao thành công", delivery.GetProperty("statusValue").GetString());
        Assert.Equal(70000, delivery.GetProperty("priceCodPayment").GetDecimal());
        Assert.Equal("Trần Thị Bích", delivery.GetProperty("receiver").GetString());

        // A create takes status 1 or 2 only; an unknown sale channel is refused.
        var (badStatus, badStatusBody) = await client.SendAsync(HttpMethod.Post, "invoices", new { branchId = 1001, invoiceDetails = new[] { new { productId, quantity = 1, price = 1000 } }, deliveryDetail = new { status = 3 } });
        var (badChannel, badChannelBody) = await client.SendAsync(HttpMethod.Put, $"invoices/{id}", new { saleChannelId = 987654 });
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal("DeliveryDetail.Status", Envelope.SingleFieldError(badStatusBody).GetProperty("fieldName").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badChannel.StatusCode);
        Assert.Equal("SaleChannelId", Envelope.SingleFieldError(badChannelBody).GetProperty("fieldName").GetString());
    }

    [Fact]
    public async Task An_order_keeps_its_delivery_and_channel_and_makeInvoice_makes_its_invoice()
    {
        using var client = await sandbox.FreshClientAsync();
        var productId = Envelope.Ids(await client.GetJsonAsync("products?pageSize=1"))[0];
        var channel = Envelope.Ids(await client.GetJsonAsync("salechannel"))[0];

        var (_, order) = await client.SendAsync(HttpMethod.Post, "orders", new
        {
            branchId = 1001,
            saleChannelId = channel,
            makeInvoice = true,
            orderDetails = new[] { new { productId, quantity = 1, price = 30000 } },
            orderDelivery = new { receiver = "Lê Văn Cường", contactNumber = "0987654321", address = "5 Lê Lợi", locationName = "Hồ Chí Minh - Quận 1", price = 20000 },
        });
        var id = order.GetProperty("id").GetInt64();
        Assert.Equal("Lê Văn Cường", order.GetProperty("orderDelivery").GetProperty("receiver").GetString());
        Assert.Equal(channel, order.GetProperty("saleChannelId").GetInt64());
        Assert.Equal("Hoàn thành", order.GetProperty("statusValue").GetString());
        var invoices = (await client.GetJsonAsync($"invoices?orderId={id}&includeInvoiceDelivery=true")).GetProperty("data");
        Assert.Equal(1, invoices.GetArrayLength());
        Assert.Equal("5 Lê Lợi", invoices[0].GetProperty("invoiceDelivery").GetProperty("address").GetString());

        await client.SendAsync(HttpMethod.Put, $"orders/{id}", new { orderDelivery = new { address = "7 Lê Lợi" } });
        var read = await client.GetJsonAsync($"orders/{id}");
        Assert.Equal("7 Lê Lợi", read.GetProperty("orderDelivery").GetProperty("address").GetString());
        Assert.Equal("Lê Văn Cường", read.GetProperty("orderDelivery").GetProperty("receiver").GetString());

        // The list shows deliveries only when asked for.
        var listed = (await client.GetJsonAsync($"orders?pageSize=100&branchIds=1001&orderBy=id&orderDirection=Desc")).GetProperty("data")[0];
        var listedWith = (await client.GetJsonAsync($"orders?pageSize=100&branchIds=1001&orderBy=id&orderDirection=Desc&includeOrderDelivery=true")).GetProperty("data")[0];
        Assert.Equal(id, listedWith.GetProperty("id").GetInt64());
        Assert.False(listed.TryGetProperty("orderDelivery", out _));
        Assert.True(listedWith.TryGetProperty("orderDelivery", out _));
    }

    [Fact]
    public async Task A_product_family_of_units_and_a_variant_are_stored_and_read_as_documented()
    {
        using var client = await sandbox.FreshClientAsync();
        var (_, can) = await client.SendAsync(HttpMethod.Post, "products", new { name = "Bia", code = "BIA-LON", unit = "lon", basePrice = 12000, images = new[] { "https://cdn.example.vn/lon.jpg" } });
        var canId = can.GetProperty("id").GetInt64();
        var (created, box) = await client.SendAsync(HttpMethod.Post, "products", new { name = "Bia", code = "BIA-THUNG", unit = "thùng", basePrice = 270000, masterUnitId = canId, conversionValue = 24 });
        var (_, shirt) = await client.SendAsync(HttpMethod.Post, "products", new { name = "Áo", code = "AO-M", hasVariants = true, attributes = new[] { new { attributeName = "Size", attributeValue = "M" } } });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(canId, box.GetProperty("masterUnitId").GetInt64());
        Assert.False(box.TryGetProperty("units", out _)); // 2.4.3's answer prints none
        var byId = await client.GetJsonAsync($"products/{canId}");
        Assert.Equal(new[] { "lon", "thùng" }, byId.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal(24, byId.GetProperty("units")[1].GetProperty("conversionValue").GetDouble());
        Assert.Equal("https://cdn.example.vn/lon.jpg", byId.GetProperty("images")[0].GetString());
        var listed = (await client.GetJsonAsync("products?pageSize=100&orderBy=id&orderDirection=Desc")).GetProperty("data").EnumerateArray().First(p => p.GetProperty("id").GetInt64() == canId);
        Assert.Equal("https://cdn.example.vn/lon.jpg", listed.GetProperty("images")[0].GetProperty("Image").GetString());
        Assert.Equal("M", shirt.GetProperty("attributes")[0].GetProperty("attributeValue").GetString());
        Assert.True(shirt.GetProperty("hasVariants").GetBoolean());

        // isActive and isRewardPoint by the update; a unit of a unit, or of a product that is not there, is refused.
        var (_, stopped) = await client.SendAsync(HttpMethod.Put, $"products/{canId}", new { isActive = false, isRewardPoint = true });
        var (ofUnit, ofUnitBody) = await client.SendAsync(HttpMethod.Post, "products", new { name = "Bia", code = "BIA-X", masterUnitId = box.GetProperty("id").GetInt64(), conversionValue = 2 });
        var (noConversion, noConversionBody) = await client.SendAsync(HttpMethod.Post, "products", new { name = "Bia", code = "BIA-Y", masterUnitId = canId });
        Assert.False(stopped.TryGetProperty("isActive", out _)); // 2.4.4's answer prints none: read it back
        Assert.False((await client.GetJsonAsync($"products/{canId}")).GetProperty("isActive").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, ofUnit.StatusCode);
        Assert.Equal("MasterUnitId", Envelope.SingleFieldError(ofUnitBody).GetProperty("fieldName").GetString());
        Assert.Equal("ConversionValue", Envelope.SingleFieldError(noConversionBody).GetProperty("fieldName").GetString());
    }
}
