using KiotViet.Conformance;

namespace KiotViet.Sandbox.Tests.Conformance;

/// <summary>
/// The sandbox answers each operation on the documented route with the documented shape: the same keys at every level
/// and the same JSON types as the reference (tests/fixtures/api-reference), the newer document where the two differ.
/// </summary>
public sealed class AnswerShapeTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture shop;

    public AnswerShapeTests(SandboxFixture shop) => this.shop = shop;

    [Fact]
    public async Task A_payment_is_answered_with_the_documented_fields()
    {
        using var client = await shop.FreshClientAsync();
        var pay = ApiReference.Operation("2.14.2-post-payments");
        var (_, invoice) = await client.SendAsync(HttpMethod.Post, "invoices", new { invoiceDetails = new[] { new { productCode = "SP000001", quantity = 1, price = 100000 } } });

        var (answer, differences) = await SandboxConformance.AnswerAsync(client, pay, HttpMethod.Post, "payments", new { invoiceId = invoice.GetProperty("id").GetInt64(), amount = 30000, method = "Cash" });

        SandboxConformance.AssertConforms(pay, differences);
        Assert.True((long)answer!["paymentId"]! > 0);
        Assert.Equal(invoice.GetProperty("code").GetString(), (string?)answer["DocumentCode"]);
    }
}
