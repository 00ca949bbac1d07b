using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// Transfer writes as documented (2.16.3–2.16.5): <c>POST /transfers</c> and <c>PUT /transfers/{id}</c> answer
/// <c>{message, data}</c>, <c>DELETE /transfers/{id}</c> cancels it ("Đã hủy") and answers a message. A code given
/// must be new. Sent (status 2) takes the lines out of the sending branch; received (status 3) brings the received
/// quantities into the receiving one; a cancel undoes both.
/// </summary>
internal static class TransferWriteRoutes
{
    public const int Draft = 1;
    public const int InTransit = 2;
    public const int Received = 3;
    public const int Cancelled = 4;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/transfers", CreateAsync);
        api.MapPut("/transfers/{id:long}", UpdateAsync);
        api.MapDelete("/transfers/{id:long}", (long id, SandboxState state) => Delete(state, id));
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
            var transfers = data.BackOffice.Transfers;
            var now = VietnamTime.Now(state.Clock);
            var code = BodyFields.String(body, "code") is { Length: > 0 } given ? given.Trim() : $"CH{transfers.Count + 1:D6}";
            if (transfers.Any(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                return OrderFactory.Refusal(state.Options, "Code", $"Mã phiếu chuyển hàng {code} đã tồn tại.");
            }

            var fromBranch = data.Branches.FirstOrDefault(b => b.Id == BodyFields.Long(body, "fromBranchId"));
            var toBranch = data.Branches.FirstOrDefault(b => b.Id == BodyFields.Long(body, "toBranchId"));
            if (fromBranch is null || toBranch is null || fromBranch.Id == toBranch.Id)
            {
                return OrderFactory.Refusal(state.Options, "ToBranchId", "Chi nhánh chuyển và chi nhánh nhận phải là hai chi nhánh khác nhau đang hoạt động.");
            }

            var empty = new Transfer(transfers.Max(t => t.Id) + 2, code, Draft, "Phiếu tạm", fromBranch.Id, fromBranch.BranchName, toBranch.Id, toBranch.BranchName, now, null, 0m, null, now, null, new List<StockLine>());
            var (transfer, refusal) = Apply(state, data, empty, body, creating: true, now);
            if (transfer is null)
            {
                return refusal!;
            }

            transfers.Add(transfer);
            MoveStock(data, null, transfer, now);
            return ApiResults.Wrapped("Tạo phiếu chuyển hàng thành công", Row(transfer, state.Options, "recivedQuantity"));
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
            var at = data.BackOffice.Transfers.FindIndex(t => t.Id == id);
            if (at < 0)
            {
                return ApiErrors.NotFound("Phiếu chuyển hàng");
            }

            var before = data.BackOffice.Transfers[at];
            if (before.Status == Cancelled)
            {
                return OrderFactory.Refusal(state.Options, "Id", $"Phiếu chuyển hàng {before.Code} đã bị hủy.");
            }

            var now = VietnamTime.Now(state.Clock);
            var (transfer, refusal) = Apply(state, data, before, body, creating: false, now);
            if (transfer is null)
            {
                return refusal!;
            }

            transfer = transfer with { ModifiedDate = now };
            data.BackOffice.Transfers[at] = transfer;
            MoveStock(data, before, transfer, now);
            return ApiResults.Wrapped("Cập nhật phiếu chuyển hàng thành công", Row(transfer, state.Options, "receiveQuantity"));
        }
    }

    private static IResult Delete(SandboxState state, long id)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            var at = data.BackOffice.Transfers.FindIndex(t => t.Id == id);
            if (at < 0)
            {
                return ApiErrors.NotFound("Phiếu chuyển hàng");
            }

            var before = data.BackOffice.Transfers[at];
            if (before.Status == Cancelled)
            {
                return OrderFactory.Refusal(state.Options, "Id", $"Phiếu chuyển hàng {before.Code} đã bị hủy.");
            }

            var now = VietnamTime.Now(state.Clock);
            var cancelled = before with { Status = Cancelled, StatusValue = "Đã hủy", ModifiedDate = now };
            data.BackOffice.Transfers[at] = cancelled;
            MoveStock(data, before, cancelled, now);
            return ApiResults.Message("Xóa dữ liệu thành công");
        }
    }

    private static (Transfer? Transfer, IResult? Refusal) Apply(SandboxState state, ShopData data, Transfer transfer, JsonObject body, bool creating, DateTime now)
    {
        var options = state.Options;
        if (creating || body.ContainsKey("transferDetails"))
        {
            var (lines, refusal) = StockLineReader.Read(options, data, body, "transferDetails", "sendQuantity");
            if (lines is null || lines.Count == 0)
            {
                return (null, refusal ?? OrderFactory.Refusal(options, "TransferDetails", "Phiếu chuyển hàng phải có ít nhất một hàng hóa."));
            }

            if (!creating && transfer.Status != Draft && !SameSend(lines, transfer.TransferDetails))
            {
                return (null, OrderFactory.Refusal(options, "TransferDetails", $"Phiếu chuyển hàng {transfer.Code} đã chuyển, không thể sửa số lượng chuyển."));
            }

            transfer = transfer with { TransferDetails = lines };
        }

        if (body.ContainsKey("description"))
        {
            transfer = transfer with { Description = BodyFields.String(body, "description") };
        }

        var draft = body.ContainsKey("isDraft")
            ? BodyFields.Bool(body, "isDraft") ?? (BodyFields.Long(body, "isDraft") is { } flag && flag != 0)
            : transfer.Status == Draft && (creating || BodyFields.Long(body, "status") is not (InTransit or Received));
        var status = draft ? Draft : BodyFields.Long(body, "status") == Received || transfer.Status == Received ? Received : InTransit;
        if (status == Draft && transfer.Status is InTransit or Received)
        {
            return (null, OrderFactory.Refusal(options, "IsDraft", $"Phiếu chuyển hàng {transfer.Code} đã chuyển, không thể lưu tạm."));
        }

        transfer = transfer with
        {
            Status = status,
            StatusValue = status switch { Draft => "Phiếu tạm", InTransit => "Đang chuyển", _ => "Đã nhận" },
            DispatchedDate = status != Draft && transfer.Status == Draft ? now : transfer.DispatchedDate,
            ReceivedDate = status == Received ? transfer.ReceivedDate ?? now : null,
            TotalTransfer = StockLineReader.Total(transfer.TransferDetails),
        };
        return (transfer, null);
    }

    private static bool SameSend(List<StockLine> a, List<StockLine> b) =>
        a.Count == b.Count && a.OrderBy(l => l.ProductId).Zip(b.OrderBy(l => l.ProductId)).All(p => p.First.ProductId == p.Second.ProductId && p.First.Quantity == p.Second.Quantity);

    /// <summary>Undoes what the transfer did to stock as it was, then does what it does now.</summary>
    private static void MoveStock(ShopData data, Transfer? before, Transfer after, DateTime now)
    {
        if (before is not null)
        {
            Effect(data, before, -1, now);
        }

        Effect(data, after, +1, now);
    }

    private static void Effect(ShopData data, Transfer transfer, int sign, DateTime now)
    {
        if (transfer.Status is InTransit or Received)
        {
            StockMoves.Add(data, transfer.FromBranchId, transfer.TransferDetails.Select(l => (l.ProductId, -sign * l.Quantity)), now);
        }

        if (transfer.Status == Received)
        {
            StockMoves.Add(data, transfer.ToBranchId, transfer.TransferDetails.Select(l => (l.ProductId, sign * (l.ReceivedQuantity ?? l.Quantity))), now);
        }
    }

    /// <summary>A transfer with its lines as the doc names them (sendQuantity, the received quantity under <paramref name="receivedName"/>).</summary>
    public static JsonObject Row(Transfer transfer, SandboxOptions options, string receivedName)
    {
        var node = new JsonObject
        {
            ["id"] = transfer.Id,
            ["code"] = transfer.Code,
            ["status"] = transfer.Status,
            ["statusValue"] = transfer.StatusValue,
            ["retailerId"] = options.RetailerId,
            ["isActive"] = transfer.Status != Cancelled,
            ["fromBranchId"] = transfer.FromBranchId,
            ["fromBranchName"] = transfer.FromBranchName,
            ["toBranchId"] = transfer.ToBranchId,
            ["toBranchName"] = transfer.ToBranchName,
            ["description"] = transfer.Description ?? "", // a string, empty when none (2.16.1 types it string)
            ["totalTransfer"] = transfer.TotalTransfer,
            ["transferDetails"] = new JsonArray(transfer.TransferDetails.Select(l => (JsonNode)new JsonObject
            {
                ["productId"] = l.ProductId,
                ["productCode"] = l.ProductCode,
                ["productName"] = l.ProductName,
                ["sendQuantity"] = l.Quantity,
                [receivedName] = l.ReceivedQuantity ?? (transfer.Status == Received ? l.Quantity : 0),
                ["price"] = l.Price,
                ["sendPrice"] = l.Price,
                ["receivePrice"] = l.Price,
            }).ToArray()),
        };
        if (options.TransferRowsDated)
        {
            node["dispatchedDate"] = SandboxJson.FormatLocal(transfer.DispatchedDate);
            node["receivedDate"] = transfer.ReceivedDate is { } received ? SandboxJson.FormatLocal(received) : null;
            node["createdDate"] = SandboxJson.FormatLocal(transfer.CreatedDate);
            node["modifiedDate"] = transfer.ModifiedDate is { } modified ? SandboxJson.FormatLocal(modified) : null;
        }

        return node;
    }
}
