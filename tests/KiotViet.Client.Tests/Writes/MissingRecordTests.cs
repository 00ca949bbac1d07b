using System.Net;
using Xunit;

namespace KiotViet.Client.Tests.Writes;

/// <summary>
/// A read of one record that is not there is "not found" whichever plausible answer KiotViet gives (it does not
/// document it); a refusal that says something else stays what it is.
/// </summary>
public sealed class MissingRecordTests
{
    [Theory]
    [InlineData(404, "NotFound", "Khách hàng không tồn tại hoặc đã bị xóa khỏi hệ thống.")]
    [InlineData(400, "KvException", "Khách hàng không tồn tại.")]
    [InlineData(420, "KvValidateCustomerException", "KvValidateCustomerException")]
    [InlineData(420, "KvValidateException", "Mã khách hàng không tồn tại")]
    [InlineData(400, null, "Customer does not exist")]
    public async Task A_read_by_code_answered_as_missing_in_any_plausible_way_is_NotFound(int status, string? errorCode, string message)
    {
        var api = new FakeApi().Respond(() => Error(status, errorCode, message));
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetByCodeAsync("KH404", CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.NotFound, error.Kind);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.False(error.MayHaveBeenApplied);
    }

    [Fact]
    public async Task A_product_code_answered_420_KvValidateProductException_as_recorded_is_NotFound()
    {
        var api = new FakeApi().Respond(() => Error(420, "KvValidateProductException", "KvValidateProductException"));
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Products.GetByCodeAsync("SP404", CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.NotFound, error.Kind);
    }

    [Theory]
    [InlineData(420, "KvValidateException", "Dữ liệu không hợp lệ")]
    [InlineData(400, "RetailerException", "Retailer không hợp lệ")]
    [InlineData(403, "PermissionException", "Không có quyền")]
    public async Task A_refusal_that_does_not_say_the_record_is_missing_stays_what_it_is(int status, string errorCode, string message)
    {
        var api = new FakeApi().Respond(() => Error(status, errorCode, message));
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetAsync(42, CancellationToken.None));

        Assert.NotEqual(KiotVietErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task A_list_refused_with_an_entity_exception_is_not_read_as_an_empty_answer()
    {
        var api = new FakeApi().Respond(() => Error(420, "KvValidateCustomerException", "KvValidateCustomerException"));
        using var connection = api.Connect();

        var error = Assert.Throws<KiotVietApiException>(() => connection.Customers.List(new CustomerQuery { Code = "KH1" }, new PageRequest(), CancellationToken.None).ToList());

        Assert.Equal(KiotVietErrorKind.Validation, error.Kind);
    }

    private static HttpResponseMessage Error(int status, string? errorCode, string message) =>
        FakeApi.Json((HttpStatusCode)status, System.Text.Json.JsonSerializer.Serialize(new { responseStatus = new { errorCode, message } }));
}
