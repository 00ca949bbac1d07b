using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// Surcharge writes as documented (2.10.2–2.10.4, the path spelled <c>/surchages</c>): <c>POST /surchages</c> with
/// <c>{name, code?, value?}</c> and <c>PUT /surchages/{id}</c> with <c>{name, code, value}</c> answer
/// <c>{message, data:{surcharge}}</c>; <c>POST /surchages/{id}/activesurchage</c> with <c>{isActive}</c> answers a
/// message. A code is generated (THK + six digits) when a create names none; a code another surcharge has is refused.
/// </summary>
internal static class SurchargeWriteRoutes
{
    private const string Saved = "Thông tin thu khác được cập nhật thành công";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/surchages", CreateAsync);
        api.MapPut("/surchages/{id:long}", UpdateAsync);
        api.MapPost("/surchages/{id:long}/activesurchage", ActivateAsync);
    }

    /// <summary>A surcharge as the write answers print it (the read's row).</summary>
    public static JsonNode Row(Surcharge surcharge) => JsonSerializer.SerializeToNode(surcharge, SandboxJson.Api)!;

    private static async Task<IResult> CreateAsync(HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        lock (data.Sync)
        {
            var surcharges = data.BackOffice.Surcharges;
            var name = BodyFields.String(body, "name")?.Trim();
            var code = BodyFields.String(body, "code")?.Trim();
            if (Refusal(state.Options, data, name, code, BodyFields.Decimal(body, "value"), BodyFields.Has(body, "value"), null) is { } refused)
            {
                return refused;
            }

            var id = surcharges.Count == 0 ? 800001 : surcharges.Max(s => s.Id) + 1;
            if (string.IsNullOrEmpty(code))
            {
                // The next number after the highest generated code, as KiotViet numbers its THK codes.
                var highest = surcharges.Select(s => s.SurchargeCode.StartsWith("THK", StringComparison.OrdinalIgnoreCase) && int.TryParse(s.SurchargeCode[3..], out var n) ? n : 0).DefaultIfEmpty(0).Max();
                code = $"THK{highest + 1:D6}";
            }

            var surcharge = new Surcharge(id, code, name!, BodyFields.Decimal(body, "value") ?? 0m, null, true, false, false, null, state.Options.RetailerId, VietnamTime.Now(state.Clock));
            surcharges.Add(surcharge);
            return ApiResults.Wrapped(Saved, Row(surcharge));
        }
    }

    private static async Task<IResult> UpdateAsync(long id, HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        lock (data.Sync)
        {
            var surcharges = data.BackOffice.Surcharges;
            var at = surcharges.FindIndex(s => s.Id == id);
            if (at < 0)
            {
                return ApiErrors.NotFound("Thu khác");
            }

            var name = BodyFields.String(body, "name")?.Trim();
            var code = BodyFields.String(body, "code")?.Trim();
            if (string.IsNullOrEmpty(code))
            {
                return OrderFactory.Refusal(state.Options, "Code", "Mã thu khác không được để trống.");
            }

            var value = BodyFields.Decimal(body, "value");
            if (Refusal(state.Options, data, name, code, value, BodyFields.Has(body, "value"), id) is { } refused)
            {
                return refused;
            }

            // A value sends the surcharge to a fixed amount; none given keeps what it was (a percentage stays one).
            var before = surcharges[at];
            var surcharge = before with
            {
                SurchargeName = name!,
                SurchargeCode = code,
                Value = value ?? before.Value,
                ValueRatio = value is null ? before.ValueRatio : null,
                ModifiedDate = VietnamTime.Now(state.Clock),
            };
            surcharges[at] = surcharge;
            return ApiResults.Wrapped(Saved, Row(surcharge));
        }
    }

    private static async Task<IResult> ActivateAsync(long id, HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body || BodyFields.Bool(body, "isActive") is not { } active)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        lock (data.Sync)
        {
            var surcharges = data.BackOffice.Surcharges;
            var at = surcharges.FindIndex(s => s.Id == id);
            if (at < 0)
            {
                return ApiErrors.NotFound("Thu khác");
            }

            surcharges[at] = surcharges[at] with { IsActive = active, ModifiedDate = VietnamTime.Now(state.Clock) };
            return ApiResults.Message("Cập nhật dữ liệu thành công");
        }
    }

    /// <summary>
    /// The surcharges an order create names in "surchages" ({id, code, price}, 2.5.3): each an active surcharge of
    /// the shop by id or code, adding its price, else its amount, else its percentage of the lines' total; or the
    /// refusal of one the shop does not have or has stopped.
    /// </summary>
    public static (List<OrderSurchargeRow>? Rows, IResult? Refusal) OnOrder(SandboxOptions options, ShopData data, JsonObject body, long orderId, decimal linesTotal, DateTime now)
    {
        var rows = new List<OrderSurchargeRow>();
        foreach (var item in (body["surchages"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            var id = BodyFields.Long(item, "id");
            var code = BodyFields.String(item, "code");
            var surcharge = data.BackOffice.Surcharges.FirstOrDefault(s => (id is not null && s.Id == id) || (id is null && string.Equals(s.SurchargeCode, code, StringComparison.OrdinalIgnoreCase)));
            if (surcharge is null)
            {
                return (null, OrderFactory.Refusal(options, "Surchages", $"Thu khác {(object?)id ?? code} không tồn tại."));
            }

            if (!surcharge.IsActive)
            {
                return (null, OrderFactory.Refusal(options, "Surchages", $"Thu khác {surcharge.SurchargeCode} đã ngừng hoạt động."));
            }

            var price = BodyFields.Decimal(item, "price") ?? surcharge.Value ?? Math.Round(linesTotal * (surcharge.ValueRatio ?? 0m) / 100m, 0, MidpointRounding.AwayFromZero);
            rows.Add(new OrderSurchargeRow((orderId * 10) + rows.Count + 1, null, surcharge.Id, surcharge.SurchargeName, surcharge.Value ?? surcharge.ValueRatio, price, now));
        }

        return (rows, null);
    }

    private static IResult? Refusal(SandboxOptions options, ShopData data, string? name, string? code, decimal? value, bool valueGiven, long? self)
    {
        if (string.IsNullOrEmpty(name))
        {
            return OrderFactory.Refusal(options, "Name", "Tên thu khác không được để trống.");
        }

        if (valueGiven && value is null)
        {
            return OrderFactory.Refusal(options, "Value", "Giá trị thu khác không hợp lệ.");
        }

        if (value < 0)
        {
            return OrderFactory.Refusal(options, "Value", "Giá trị thu khác không được âm.");
        }

        if (!string.IsNullOrEmpty(code) && data.BackOffice.Surcharges.Any(s => s.Id != self && string.Equals(s.SurchargeCode, code, StringComparison.OrdinalIgnoreCase)))
        {
            return OrderFactory.Refusal(options, "Code", $"Mã thu khác {code} đã tồn tại.");
        }

        return null;
    }
}
