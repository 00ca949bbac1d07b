using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// Voucher and coupon writes as documented (2.24.3–2.24.5, 2.23). <c>POST /voucher</c> {voucherCampaignId,
/// data:[{code}]} adds vouchers (status 0, not released) to an active campaign; <c>POST /voucher/release/give</c>
/// {CampaignId, Vouchers:[{Code}], ReleaseDate} releases vouchers in status 0 (1, expiring the campaign's expireTime
/// days later); the cancel {CampaignId, Vouchers:[{Code}]} cancels vouchers in status 0 (3), on the method
/// <see cref="SandboxOptions.VoucherCancelMethod"/> says. Each is all or nothing and answers a message.
/// <c>POST /coupons/setused</c> {coupons:[{code}]} marks each coupon used and lists the ones it could not in dataError.
/// </summary>
internal static class VoucherWriteRoutes
{
    private const string Updated = "Cập nhật voucher thành công";

    public static void Map(IEndpointRouteBuilder api, VoucherCancelMethod cancelMethod)
    {
        api.MapPost("/voucher", CreateAsync);
        api.MapPost("/voucher/release/give", ReleaseAsync);
        if (cancelMethod != VoucherCancelMethod.Delete)
        {
            api.MapPost("/voucher/cancel", CancelAsync);
        }

        if (cancelMethod != VoucherCancelMethod.Post)
        {
            api.MapDelete("/voucher/cancel", CancelAsync);
        }

        api.MapPost("/coupons/setused", SetUsedAsync);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        lock (data.Sync)
        {
            var (campaign, refusal) = ActiveCampaign(state.Options, data, BodyFields.Long(body, "voucherCampaignId"), "VoucherCampaignId");
            if (campaign is null)
            {
                return refusal!;
            }

            var codes = Codes(body, "data");
            if (codes.Count == 0)
            {
                return OrderFactory.Refusal(state.Options, "Data", "Danh sách voucher không được để trống.");
            }

            var vouchers = data.BackOffice.Vouchers;
            var taken = codes.FirstOrDefault(code => vouchers.Any(v => string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase)))
                ?? codes.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;
            if (taken is not null)
            {
                return OrderFactory.Refusal(state.Options, "Code", $"Mã voucher {taken} đã tồn tại.");
            }

            var id = vouchers.Max(v => v.Id);
            foreach (var code in codes)
            {
                vouchers.Add(new Voucher(++id, code, campaign.Id, 0, null, null, null, campaign.Price));
            }

            return ApiResults.Message("Thêm mới voucher thành công");
        }
    }

    private static Task<IResult> ReleaseAsync(HttpRequest request, SandboxState state) =>
        ChangeAsync(request, state, released: true);

    private static Task<IResult> CancelAsync(HttpRequest request, SandboxState state) =>
        ChangeAsync(request, state, released: false);

    // Release (1, dated) or cancel (3) vouchers of a campaign that are all in status 0; otherwise none changes.
    private static async Task<IResult> ChangeAsync(HttpRequest request, SandboxState state, bool released)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        lock (data.Sync)
        {
            var (campaign, refusal) = ActiveCampaign(state.Options, data, BodyFields.Long(body, "CampaignId"), "CampaignId");
            if (campaign is null)
            {
                return refusal!;
            }

            var releaseDate = BodyFields.Date(body, "ReleaseDate");
            if (released && releaseDate is null)
            {
                return OrderFactory.Refusal(state.Options, "ReleaseDate", "Ngày phát hành không hợp lệ.");
            }

            var codes = Codes(body, "Vouchers");
            if (codes.Count == 0)
            {
                return OrderFactory.Refusal(state.Options, "Vouchers", "Danh sách voucher không được để trống.");
            }

            var vouchers = data.BackOffice.Vouchers;
            var found = new List<int>();
            foreach (var code in codes)
            {
                var at = vouchers.FindIndex(v => v.VoucherCampaignId == campaign.Id && string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase));
                if (at < 0)
                {
                    return OrderFactory.Refusal(state.Options, "Code", $"Voucher {code} không tồn tại trong đợt phát hành {campaign.Code}.");
                }

                if (vouchers[at].Status != 0)
                {
                    return OrderFactory.Refusal(state.Options, "Code", $"Voucher {code} không ở trạng thái chưa phát hành.");
                }

                found.Add(at);
            }

            foreach (var at in found)
            {
                vouchers[at] = released
                    ? vouchers[at] with { Status = 1, ReleaseDate = releaseDate, ExpireDate = releaseDate!.Value.AddDays(campaign.ExpireTime) }
                    : vouchers[at] with { Status = 3 };
            }

            return ApiResults.Message(Updated);
        }
    }

    private static async Task<IResult> SetUsedAsync(HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var codes = Codes(body, "coupons");
        if (codes.Count == 0)
        {
            return OrderFactory.Refusal(state.Options, "Coupons", "Danh sách coupon không được để trống.");
        }

        var data = state.Data;
        lock (data.Sync)
        {
            var coupons = data.BackOffice.Coupons;
            var errors = new JsonArray();
            foreach (var code in codes)
            {
                var at = coupons.FindIndex(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
                var problem = at < 0 ? $"Coupon {code} không tồn tại." : coupons[at].IsUsed ? $"Coupon {code} đã được sử dụng." : null;
                if (problem is null)
                {
                    coupons[at] = coupons[at] with { IsUsed = true, UsedDate = VietnamTime.Now(state.Clock) };
                    continue;
                }

                errors.Add(state.Options.CouponErrorForm switch
                {
                    CouponErrorForm.Code => new JsonObject { ["code"] = code },
                    CouponErrorForm.MessageInCode => new JsonObject { ["code"] = problem },
                    _ => new JsonObject { ["code"] = code, ["message"] = problem },
                });
            }

            return ApiResults.Json(new JsonObject { ["message"] = errors.Count == 0 ? "Cập nhật coupon thành công" : "Cập nhật coupon không thành công", ["dataError"] = errors });
        }
    }

    private static (VoucherCampaign?, IResult?) ActiveCampaign(SandboxOptions options, ShopData data, long? id, string field)
    {
        var campaign = data.BackOffice.VoucherCampaigns.FirstOrDefault(c => c.Id == id);
        if (campaign is null)
        {
            return (null, OrderFactory.Refusal(options, field, "Đợt phát hành voucher không tồn tại."));
        }

        return campaign.IsActive
            ? (campaign, null)
            : (null, OrderFactory.Refusal(options, field, $"Đợt phát hành {campaign.Code} đã ngừng áp dụng."));
    }

    // The codes of a list of {code} objects (any case of the key).
    private static List<string> Codes(JsonObject body, string list) =>
        (body[list] as JsonArray ?? new JsonArray())
            .OfType<JsonObject>()
            .Select(item => BodyFields.String(item, "code")?.Trim())
            .Where(code => !string.IsNullOrEmpty(code))
            .Select(code => code!)
            .ToList();
}
