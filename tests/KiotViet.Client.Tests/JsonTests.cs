using System.Globalization;
using System.Net;
using System.Text.Json;
using KiotViet.Json;
using Xunit;

namespace KiotViet.Client.Tests;

public class JsonTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private const string FieldErrors = "{\"responseStatus\":{\"errorCode\":\"KvValidateException\",\"message\":\"Dữ liệu không hợp lệ\",\"errors\":[{\"errorCode\":\"Invalid\",\"fieldName\":\"contactNumber\",\"message\":\"Số điện thoại không hợp lệ\"}]}}";

    private const string PascalFieldErrors = "{\"ResponseStatus\":{\"ErrorCode\":\"KvValidateException\",\"Message\":\"Dữ liệu không hợp lệ\",\"Errors\":[{\"ErrorCode\":\"Invalid\",\"FieldName\":\"contactNumber\",\"Message\":\"Số điện thoại không hợp lệ\"}]}}";

    private static Customer ReadCustomer(string json) => ResponseBody.ReadObject<Customer>(System.Text.Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Dates_without_an_offset_are_vietnam_time()
    {
        var date = VietnamTime.Parse("2025-06-17T14:34:09.013");

        Assert.Equal(new DateTimeOffset(2025, 6, 17, 14, 34, 9, 13, Vietnam), date);
        Assert.Equal(Vietnam, date.Offset);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, Vietnam), VietnamTime.Parse("2024-01-01"));
    }

    [Theory]
    [InlineData("2023-09-07T22:15:22.3970000+07:00")]
    [InlineData("2023-09-07T15:15:22.3970000Z")]
    [InlineData("2023-09-07T10:15:22.397-05:00")]
    public void Dates_with_an_offset_keep_their_instant(string text)
    {
        var date = VietnamTime.Parse(text);

        Assert.Equal(new DateTimeOffset(2023, 9, 7, 15, 15, 22, 397, TimeSpan.Zero).UtcDateTime, date.UtcDateTime);
        Assert.Equal(Vietnam, date.Offset);
    }

    [Fact]
    public void Caller_dates_are_converted_by_their_kind()
    {
        var unspecified = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Unspecified);
        var utc = new DateTime(2026, 11, 1, 1, 0, 0, DateTimeKind.Utc);
        var local = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Local);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 0, 0, Vietnam), VietnamTime.FromCaller(unspecified));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 0, 0, Vietnam), VietnamTime.FromCaller(utc));
        Assert.Equal(local.ToUniversalTime(), VietnamTime.FromCaller(local).UtcDateTime);
        Assert.All(new[] { unspecified, utc, local }, d => Assert.Equal(Vietnam, VietnamTime.FromCaller(d).Offset));
    }

    [Fact]
    public void Query_dates_are_sent_as_vietnam_time_without_offset_whatever_the_culture()
    {
        var api = new CustomerStore(1).Serve(new FakeApi());
        using var connection = api.Connect();
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            var query = new CustomerQuery { ModifiedSince = new DateTime(2026, 11, 1, 1, 30, 0, DateTimeKind.Utc) };
            Assert.Single(connection.Customers.List(query, new PageRequest(), CancellationToken.None));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal("2026-11-01T08:30:00", Assert.Single(api.Requests).Query("lastModifiedFrom"));
        Assert.Equal("2026-11-01T08:30:00", VietnamTime.Format(new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Reads_are_case_insensitive_and_gender_is_a_boolean()
    {
        var customer = ReadCustomer("{\"Id\":5,\"Code\":\"KH000005\",\"Name\":\"Trần Thị Bích\",\"Gender\":false,\"CreatedDate\":\"2025-06-17T14:34:09.013\",\"Debt\":\"1500.5\"}");

        Assert.Equal(5, customer.Id);
        Assert.Equal("Trần Thị Bích", customer.Name);
        Assert.Equal(Gender.Female, customer.Gender);
        Assert.Equal(new DateTimeOffset(2025, 6, 17, 14, 34, 9, 13, Vietnam), customer.CreatedDate);
        Assert.Equal(1500.5m, customer.Debt);
    }

    [Theory]
    [InlineData("true", Gender.Male)]
    [InlineData("false", Gender.Female)]
    [InlineData("null", null)]
    public void Gender_reads_from_kiotviet_booleans(string value, Gender? expected) =>
        Assert.Equal(expected, ReadCustomer($"{{\"id\":1,\"gender\":{value}}}").Gender);

    [Theory]
    [InlineData("{\"id\":42,\"name\":\"Lê Thị Hoa\",\"gender\":true}")]
    [InlineData("{\"message\":\"Tạo khách hàng thành công\",\"data\":{\"id\":42,\"name\":\"Lê Thị Hoa\",\"gender\":true}}")]
    public async Task Create_answers_are_read_bare_or_wrapped_in_data(string answer)
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok(answer));
        using var connection = api.Connect();

        var customer = await connection.Customers.CreateAsync(new CustomerDraft { Name = "Lê Thị Hoa", Gender = Gender.Male }, CancellationToken.None);

        Assert.Equal(42, customer.Id);
        Assert.Equal("Lê Thị Hoa", customer.Name);
        Assert.Equal(Gender.Male, customer.Gender);
    }

    [Fact]
    public async Task Writes_send_only_the_given_fields_in_camel_case_with_vietnamese_text_intact()
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok(FakeApi.CustomerJson(1)));
        using var connection = api.Connect();

        await connection.Customers.UpdateAsync(1, new CustomerDraft { Name = "Lê Thị Hoa", Gender = Gender.Female, BirthDate = new DateTimeOffset(1990, 5, 1, 0, 0, 0, Vietnam) }, CancellationToken.None);

        var request = Assert.Single(api.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("{\"name\":\"Lê Thị Hoa\",\"gender\":false,\"birthDate\":\"1990-05-01T00:00:00\"}", request.Body);
    }

    [Theory]
    [InlineData(400, FieldErrors)]
    [InlineData(420, FieldErrors)]
    [InlineData(420, PascalFieldErrors)]
    public async Task Error_envelopes_become_validation_errors_with_their_field_errors(int status, string body)
    {
        var api = new FakeApi().Respond(() => FakeApi.Json((HttpStatusCode)status, body));
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.CreateAsync(new CustomerDraft { Name = "X" }, CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.Validation, error.Kind);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("KvValidateException", error.ErrorCode);
        Assert.Contains("Dữ liệu không hợp lệ", error.Message);
        var field = Assert.Single(error.FieldErrors);
        Assert.Equal("contactNumber", field.FieldName);
        Assert.Equal("Số điện thoại không hợp lệ", field.Message);
        Assert.Equal(new[] { "contactNumber" }, error.FieldNames);
        Assert.Equal("POST", error.RequestMethod);
        Assert.Equal("/customers", error.RequestPath);
    }

    [Fact]
    public async Task An_error_without_an_envelope_still_says_what_was_refused()
    {
        var api = new FakeApi().Respond(() => FakeApi.Json(HttpStatusCode.Forbidden, "<html>Forbidden</html>"));
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetAsync(7, CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.PermissionDenied, error.Kind);
        Assert.Contains("403", error.Message);
        Assert.Contains("/customers/7", error.Message);
    }

    [Fact]
    public void A_page_reads_its_envelope_and_the_server_timestamp()
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok(FakeApi.PageJson(new long[] { 3 }, 1, ",\"timestamp\":\"2026-11-20T09:15:00.123\"")));
        using var connection = api.Connect();
        var listing = connection.Customers.List(new CustomerQuery(), new PageRequest(), CancellationToken.None);

        Assert.Equal(3, Assert.Single(listing).Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 15, 0, 123, Vietnam), listing.ServerTimestamp);
        Assert.Equal(1, listing.Total);
    }

    [Fact]
    public async Task Delete_returns_the_confirmation_message()
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok("{\"message\":\"Xóa dữ liệu thành công\"}"));
        using var connection = api.Connect();

        Assert.Equal("Xóa dữ liệu thành công", await connection.Customers.DeleteAsync(1, CancellationToken.None));
        Assert.Equal(HttpMethod.Delete, Assert.Single(api.Requests).Method);
    }
}
