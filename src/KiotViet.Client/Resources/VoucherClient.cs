using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>
/// Voucher writes (2.24.3–2.24.5: create in a campaign, release as a gift, cancel) and the coupon write (2.23: mark
/// used), one code per request, each exactly once (docs/design.md, "the write rule"). KiotViet answers each with a
/// message only; a voucher is looked up in its campaign's list (GET /voucher?campaignId=&amp;code=) to return it and
/// to decide a write whose answer was lost.
/// </summary>
public sealed class VoucherClient : ResourceClient
{
    private const string Collection = "voucher";

    // 1 once KiotViet proved it serves the cancel only on DELETE (the two prints of 2.24.5 disagree), else POST first.
    private int cancelByDelete;

    internal VoucherClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    /// <summary>KiotViet's time now: the release date of a release that names none.</summary>
    public DateTimeOffset ServerNow => Transport.ServerClock.Now;

    /// <summary>Every voucher campaign (GET /vouchercampaign), to find a campaign by id, code or name.</summary>
    public Task<List<VoucherCampaign>> ListCampaignsAsync(CancellationToken cancellationToken) =>
        Task.Run(() => List(new VoucherCampaignQuery(), new PageRequest(), cancellationToken).ToList(), cancellationToken);

    /// <summary>The voucher of the campaign with this code, or null when its list has none.</summary>
    public async Task<Voucher?> FindAsync(long campaignId, string code, CancellationToken cancellationToken)
    {
        var query = new VoucherQuery { CampaignId = campaignId, Code = code };
        var rows = await Task.Run(() => List(query, new PageRequest(), cancellationToken).Where(v => SameCode(v.Code, code)).ToList(), cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    /// <summary>
    /// Adds a voucher with this code to an active campaign (POST /voucher). When the answer is lost, the campaign's
    /// list decides: a voucher with the code (no other write's, and not older than this write when the list dates it)
    /// means applied. With <paramref name="readBack"/> the voucher is read and returned.
    /// </summary>
    public Task<Voucher?> CreateAsync(long campaignId, string code, bool readBack, CancellationToken cancellationToken) =>
        Writes.RunAsync(
            new WriteOperation<Voucher?>(
                $"the create of voucher {code} in campaign {campaignId}",
                async ct =>
                {
                    await Transport.SendAsync(ApiRequest.Post(Collection, new VoucherCreate(campaignId, code)), ResponseBody.ReadMessage, ct).ConfigureAwait(false);
                    return readBack ? await FindAsync(campaignId, code, ct).ConfigureAwait(false) : null;
                },
                async (context, ct) =>
                {
                    var found = await FindAsync(campaignId, code, ct).ConfigureAwait(false);
                    var ours = found is not null && !context.IsAnotherWritesResult(found.Id) && (found.CreatedDate is not { } created || created >= context.CreatedSince);
                    return Reconciliation<Voucher?>.AppliedIf(ours, found);
                },
                v => v?.Id),
            cancellationToken);

    /// <summary>
    /// Releases a voucher not yet released as a gift (POST /voucher/release/give) on <paramref name="releaseDate"/>.
    /// When the answer is lost, the voucher is read: released (or used since) means applied; still not released means
    /// not applied, and it is sent again.
    /// </summary>
    public Task<Voucher?> ReleaseAsync(long campaignId, string code, DateTimeOffset releaseDate, bool readBack, CancellationToken cancellationToken) =>
        ChangeAsync(
            $"the release of voucher {code} of campaign {campaignId}",
            ct => Transport.SendAsync(ApiRequest.Post($"{Collection}/release/give", new VoucherChange(campaignId, code, releaseDate)), ResponseBody.ReadMessage, ct),
            campaignId,
            code,
            v => v.Status is VoucherStatus.Released or VoucherStatus.Used,
            readBack,
            cancellationToken);

    /// <summary>
    /// Cancels a voucher not yet released (2.24.5). Both prints say POST; the newer writes DELETE in its URL line, so
    /// a route KiotViet proves missing (405, or a 404 without its own error) is tried with the other method, which
    /// is kept for the connection's later cancels. When the answer is lost, the voucher is read: cancelled means
    /// applied; still not released means not applied, and it is sent again.
    /// </summary>
    public Task<Voucher?> CancelAsync(long campaignId, string code, bool readBack, CancellationToken cancellationToken) =>
        ChangeAsync(
            $"the cancel of voucher {code} of campaign {campaignId}",
            async ct =>
            {
                var byDelete = Volatile.Read(ref cancelByDelete) == 1;
                try
                {
                    return await SendCancelAsync(byDelete, campaignId, code, ct).ConfigureAwait(false);
                }
                catch (KiotVietApiException ex) when (InvoiceCancelForms.ProvesRouteMissing(ex))
                {
                    RequestObservation.Current?.Verbose($"KiotViet has no {(byDelete ? "DELETE" : "POST")} /voucher/cancel route ({ex.Message}); cancelling with {(byDelete ? "POST" : "DELETE")} from now on.");
                    var answer = await SendCancelAsync(!byDelete, campaignId, code, ct).ConfigureAwait(false);
                    Volatile.Write(ref cancelByDelete, byDelete ? 0 : 1);
                    return answer;
                }
            },
            campaignId,
            code,
            v => v.Status == VoucherStatus.Cancelled,
            readBack,
            cancellationToken);

    /// <summary>
    /// Marks a coupon used (POST /coupons/setused). KiotViet lists a coupon it could not mark in dataError: that is a
    /// refusal with its reason. The doc has no read of coupons, but marking one used cannot be applied twice, so a
    /// lost answer is decided by sending the same marking again: accepted, or refused as already used, means the coupon
    /// is used (the lost send applied it, or the resend did); refused for any other reason (an unknown code), the lost
    /// send cannot have applied it either, and the refusal is reported.
    /// </summary>
    public Task<string> SetCouponUsedAsync(string code, CancellationToken cancellationToken)
    {
        var sends = 0;
        return Writes.RunAsync(
            new WriteOperation<string>(
                $"marking coupon {code} used",
                ct => SendCouponUsedAsync(code, Interlocked.Increment(ref sends) > 1, ct),
                (_, _) => Task.FromResult(Reconciliation<string>.NotApplied)),
            cancellationToken);
    }

    private static bool SameCode(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private Task<string?> SendCancelAsync(bool byDelete, long campaignId, string code, CancellationToken cancellationToken)
    {
        var body = new VoucherChange(campaignId, code, null);
        var request = byDelete ? ApiRequest.Delete($"{Collection}/cancel", body) : ApiRequest.Post($"{Collection}/cancel", body);
        return Transport.SendAsync(request, ResponseBody.ReadMessage, cancellationToken);
    }

    private Task<Voucher?> ChangeAsync(string description, Func<CancellationToken, Task<string?>> send, long campaignId, string code, Func<Voucher, bool> shows, bool readBack, CancellationToken cancellationToken) =>
        Writes.RunAsync(
            new WriteOperation<Voucher?>(
                description,
                async ct =>
                {
                    await send(ct).ConfigureAwait(false);
                    return readBack ? await FindAsync(campaignId, code, ct).ConfigureAwait(false) : null;
                },
                async (_, ct) =>
                {
                    var found = await FindAsync(campaignId, code, ct).ConfigureAwait(false);
                    return Reconciliation<Voucher?>.AppliedIf(found is not null && shows(found), found);
                }),
            cancellationToken);

    private async Task<string> SendCouponUsedAsync(string code, bool resend, CancellationToken cancellationToken)
    {
        var answer = await Transport.SendAsync(ApiRequest.Post("coupons/setused", new CouponsUsed(code)), body => body, cancellationToken).ConfigureAwait(false);
        var (message, refusal) = CouponAnswer.Read(answer, code);
        if (refusal is null)
        {
            return message ?? "";
        }

        if (resend && CouponAnswer.SaysUsed(refusal))
        {
            RequestObservation.Current?.Verbose($"Coupon {code} is used: KiotViet refused marking it again ({refusal}) after the answer to an earlier marking was lost.");
            return refusal;
        }

        throw new KiotVietApiException(
            KiotVietErrorKind.Validation,
            $"KiotViet did not mark coupon {code} used: {refusal}",
            System.Net.HttpStatusCode.OK,
            requestMethod: "POST",
            requestPath: "coupons/setused");
    }

    private sealed class VoucherCreate
    {
        public VoucherCreate(long campaignId, string code)
        {
            VoucherCampaignId = campaignId;
            Data = new List<VoucherCode> { new() { Code = code } };
        }

        public long VoucherCampaignId { get; }

        public List<VoucherCode> Data { get; }
    }

    // 2.24.4 and 2.24.5 spell their keys in PascalCase.
    private sealed class VoucherChange
    {
        public VoucherChange(long campaignId, string code, DateTimeOffset? releaseDate)
        {
            CampaignId = campaignId;
            Vouchers = new List<PascalCode> { new() { Code = code } };
            ReleaseDate = releaseDate;
        }

        [JsonPropertyName("CampaignId")]
        public long CampaignId { get; }

        [JsonPropertyName("Vouchers")]
        public List<PascalCode> Vouchers { get; }

        [JsonPropertyName("ReleaseDate")]
        public DateTimeOffset? ReleaseDate { get; }
    }

    private sealed class PascalCode
    {
        [JsonPropertyName("Code")]
        public string? Code { get; set; }
    }

    private sealed class VoucherCode
    {
        public string? Code { get; set; }
    }

    private sealed class CouponsUsed
    {
        public CouponsUsed(string code) => Coupons = new List<VoucherCode> { new() { Code = code } };

        public List<VoucherCode> Coupons { get; }
    }
}

/// <summary>Reads POST /coupons/setused's answer {message, dataError:[{code}]} for one coupon sent.</summary>
internal static class CouponAnswer
{
    /// <summary>KiotViet's message, and the reason the coupon was refused (null when dataError does not name it).</summary>
    public static (string? Message, string? Refusal) Read(byte[] body, string code)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var message = root.ValueKind == JsonValueKind.Object && root.TryGetPropertyIgnoreCase("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetPropertyIgnoreCase("dataError", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return (message, null);
        }

        // The doc prints {code} and calls it "the error message": an entry may name the coupon, give the reason in
        // code, or both. One coupon is sent at a time, so any entry is its refusal.
        var reasons = new List<string>();
        foreach (var entry in errors.EnumerateArray())
        {
            string? Text(string name) => entry.ValueKind == JsonValueKind.Object && entry.TryGetPropertyIgnoreCase(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var reason = Text("message") ?? Text("errorMessage") ?? Text("code") ?? entry.ToString();
            reasons.Add(string.Equals(reason.Trim(), code, StringComparison.OrdinalIgnoreCase) ? (message ?? $"coupon {code} refused") : reason);
        }

        return (message, string.Join("; ", reasons.Distinct()));
    }

    /// <summary>True when the reason says the coupon is already used ("đã được sử dụng", "đã sử dụng", "used").</summary>
    public static bool SaysUsed(string reason) =>
        reason.IndexOf("sử dụng", StringComparison.OrdinalIgnoreCase) >= 0 || reason.IndexOf("used", StringComparison.OrdinalIgnoreCase) >= 0;
}
