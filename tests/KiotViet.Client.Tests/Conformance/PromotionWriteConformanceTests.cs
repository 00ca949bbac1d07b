using KiotViet.Conformance;
using Xunit;

namespace KiotViet.Client.Tests.Conformance;

/// <summary>
/// Surcharge, voucher and coupon writes (2.10.2–2.10.4, 2.24.3–2.24.5, 2.23) as the engine sends them, with every field a caller can set: the documented
/// method, path, field names and nesting; and the documented answer read into the returned surcharge.
/// </summary>
public sealed class PromotionWriteConformanceTests
{
    private static readonly ApiOperation ListSurcharges = ApiReference.Operation("2.10.1-get-surchages");

    // The doc's surcharge answers spell the creation time createDate; the model keeps the name every other one uses.
    private static readonly Dictionary<string, string> SurchargeRenames = new() { ["createDate"] = nameof(Surcharge.CreatedDate) };

    private static async Task<(RecordedRequest Sent, T Result)> SendAsync<T>(ApiOperation operation, Func<KiotVietConnection, Task<T>> write, string? list = null)
    {
        var api = new FakeApi().ServeDocumented(operation);
        if (list is not null)
        {
            // The doc's list examples, made concrete, claim a total they do not hold: a list of one page is served instead.
            var documented = api.Api;
            api.Api = (request, ct) => request.Method == HttpMethod.Get ? Task.FromResult(FakeApi.Ok(list)) : documented(request, ct);
        }

        using var connection = api.Connect();
        var result = await write(connection);
        var sent = api.Requests.First(r => string.Equals(r.Method.Method, operation.Method, StringComparison.OrdinalIgnoreCase));
        var problems = DocumentedApi.Problems(operation, sent);
        Assert.True(problems.Count == 0, $"{operation}: " + string.Join("; ", problems));
        return (sent, result);
    }

    private static void AssertFilledFromData(ApiOperation operation, object model)
    {
        var unfilled = AnswerConformance.Unfilled(DocumentedApi.Answer(operation)!["data"], model, SurchargeRenames);
        Assert.True(unfilled.Count == 0, $"{operation}: " + string.Join("; ", unfilled));
    }

    [Fact]
    public async Task Surcharge_create_update_and_deactivate()
    {
        var create = ApiReference.Operation("2.10.2-post-surchages");
        var (sent, created) = await SendAsync(create, c => c.Surcharges.CreateAsync(SampleFill.New<SurchargeDraft>(), CancellationToken.None));
        Assert.Contains("\"code\"", sent.Body);
        AssertFilledFromData(create, created);

        var update = ApiReference.Operation("2.10.3-put-surchages-id");
        var current = new Surcharge { Id = 1001, SurchargeCode = "THK000001", SurchargeName = "Phí giao hàng", Value = 30000 };
        // Name, code and value are all required by the doc: a change of one sends the others as read.
        var (updateSent, updated) = await SendAsync(update, c => c.Surcharges.UpdateAsync(current, new SurchargeDraft { Value = 35000 }, CancellationToken.None));
        Assert.Contains("\"name\":\"Phí giao hàng\"", updateSent.Body);
        Assert.Contains("\"code\":\"THK000001\"", updateSent.Body);
        Assert.Contains("\"value\":35000", updateSent.Body);
        AssertFilledFromData(update, updated);

        var deactivate = ApiReference.Operation("2.10.4-post-surchages-id-activesurchage");
        var (stateSent, deactivated) = await SendAsync(deactivate, c => c.Surcharges.SetActiveAsync(current, false, CancellationToken.None),
            """{"total":1,"pageSize":20,"data":[{"id":1001,"surchargeCode":"THK000001","surchargeName":"Phí giao hàng","value":30000,"retailerId":500,"isActive":false,"createDate":"2026-01-02T10:00:00"}]}""");
        Assert.Equal("{\"isActive\":false}", stateSent.Body);
        Assert.Equal("/surchages/1001/activesurchage", stateSent.Uri.AbsolutePath);
        Assert.Equal((1001L, false), (deactivated.Id, deactivated.IsActive));
    }

    [Fact]
    public async Task Voucher_create_release_and_cancel_and_coupon_set_used()
    {
        const string Campaign = """{"total":1,"data":[{"id":55,"code":"VC-1","voucherCampaignId":7,"status":0,"price":50000}]}""";
        var create = ApiReference.Operation("2.24.3-post-voucher");
        var (created, _) = await SendAsync(create, c => c.Vouchers.CreateAsync(7, "VC-1", false, CancellationToken.None));
        Assert.Equal("""{"voucherCampaignId":7,"data":[{"code":"VC-1"}]}""", created.Body);

        var release = ApiReference.Operation("2.24.4-post-voucher-release-give");
        var (released, voucher) = await SendAsync(release, c => c.Vouchers.ReleaseAsync(7, "VC-1", new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(7)), true, CancellationToken.None), Campaign);
        Assert.Equal("""{"CampaignId":7,"Vouchers":[{"Code":"VC-1"}],"ReleaseDate":"2026-12-10T09:00:00"}""", released.Body);
        Assert.Equal(("VC-1", 7L), (voucher!.Code, voucher.VoucherCampaignId));

        var cancel = ApiReference.Operation("2.24.5-post-voucher-cancel");
        var (cancelled, _) = await SendAsync(cancel, c => c.Vouchers.CancelAsync(7, "VC-1", false, CancellationToken.None));
        Assert.Equal("""{"CampaignId":7,"Vouchers":[{"Code":"VC-1"}]}""", cancelled.Body);

        var setUsed = ApiReference.Operation("2.23-post-coupons-setused");
        var api = new FakeApi().Respond(() => FakeApi.Ok("""{"message":"Cập nhật thành công","dataError":[]}"""));
        using var connection = api.Connect();
        Assert.Equal("Cập nhật thành công", await connection.Vouchers.SetCouponUsedAsync("CP-1", CancellationToken.None));
        var sent = Assert.Single(api.Requests);
        Assert.Empty(DocumentedApi.Problems(setUsed, sent));
        Assert.Equal("""{"coupons":[{"code":"CP-1"}]}""", sent.Body);
    }

    [Fact]
    public async Task A_coupon_the_documented_answer_lists_in_dataError_is_a_refusal_with_its_reason()
    {
        var api = new FakeApi().ServeDocumented(ApiReference.Operation("2.23-post-coupons-setused"));
        using var connection = api.Connect();

        var refused = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Vouchers.SetCouponUsedAsync("CP-1", CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.Validation, refused.Kind);
        Assert.False(refused.MayHaveBeenApplied);
        Assert.Single(api.Requests);
    }

    [Fact]
    public void The_documented_surcharge_list_is_read_with_its_creation_time_and_retailer()
    {
        var rows = KiotViet.Json.ResponseBody.ReadObject<PagedSurcharges>(System.Text.Encoding.UTF8.GetBytes(DocumentedApi.Answer(ListSurcharges)!.ToJsonString()));
        var unfilled = AnswerConformance.Unfilled(DocumentedApi.Answer(ListSurcharges)!["data"]![0], rows.Data[0], SurchargeRenames);
        Assert.True(unfilled.Count == 0, string.Join("; ", unfilled));
        Assert.NotNull(rows.Data[0].CreatedDate);
    }

    private sealed class PagedSurcharges
    {
        public List<Surcharge> Data { get; set; } = new();
    }
}
