using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

/// <summary>The answer to a read of a record that is not there, in each plausible form the option can serve (KiotViet does not document it).</summary>
public sealed class NotFoundAnswerTests
{
    [Theory]
    [InlineData(NotFoundAnswer.Http404, "customers/code/NOPE", 404, "NotFound", "Khách hàng không tồn tại")]
    [InlineData(NotFoundAnswer.Http404, "products/999999", 404, "NotFound", "Hàng hóa không tồn tại")]
    [InlineData(NotFoundAnswer.KvException400, "customers/code/NOPE", 400, "KvException", "Khách hàng không tồn tại.")]
    [InlineData(NotFoundAnswer.KvException400, "invoices/999999", 400, "KvException", "Hóa đơn không tồn tại.")]
    [InlineData(NotFoundAnswer.KvException400, "suppliers/999999", 400, "KvException", "không tồn tại.")]
    [InlineData(NotFoundAnswer.KvValidate420, "products/code/NOPE", 420, "KvValidateProductException", "KvValidateProductException")]
    [InlineData(NotFoundAnswer.KvValidate420, "customers/999999", 420, "KvValidateCustomerException", "KvValidateCustomerException")]
    [InlineData(NotFoundAnswer.KvValidate420, "categories/999999", 420, "KvValidateCategoryException", "KvValidateCategoryException")]
    [InlineData(NotFoundAnswer.KvValidate420, "suppliers/999999", 420, "KvValidateSupplierException", "KvValidateSupplierException")]
    [InlineData(NotFoundAnswer.Recorded, "products/code/NOPE", 420, "KvValidateProductException", "KvValidateProductException")]
    [InlineData(NotFoundAnswer.Recorded, "products/999999", 404, "NotFound", "Hàng hóa không tồn tại")]
    [InlineData(NotFoundAnswer.Recorded, "customers/code/NOPE", 404, "NotFound", "Khách hàng không tồn tại")]
    public async Task A_missing_record_is_answered_as_the_option_says(NotFoundAnswer answer, string path, int status, string errorCode, string message)
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5, OrderCount = 2, NotFoundAnswer = answer });
        using var client = await ApiClient.ConnectAsync(server);

        var (response, body) = await client.SendAsync(HttpMethod.Get, path);

        Assert.Equal(status, (int)response.StatusCode);
        var responseStatus = body.GetProperty("responseStatus");
        Assert.Equal(errorCode, responseStatus.GetProperty("errorCode").GetString());
        Assert.Contains(message, responseStatus.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(NotFoundAnswer.KvException400)]
    [InlineData(NotFoundAnswer.KvValidate420)]
    public async Task Records_that_exist_and_lists_are_answered_as_before(NotFoundAnswer answer)
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5, OrderCount = 2, NotFoundAnswer = answer });
        using var client = await ApiClient.ConnectAsync(server);
        var customer = server.Controls.Customers[0];

        var (byCode, body) = await client.SendAsync(HttpMethod.Get, $"customers/code/{customer.Code}");
        var (list, page) = await client.SendAsync(HttpMethod.Get, "customers?code=NOPE");

        Assert.Equal(HttpStatusCode.OK, byCode.StatusCode);
        Assert.Equal(customer.Id, body.GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(0, page.GetProperty("data").GetArrayLength());
    }
}
