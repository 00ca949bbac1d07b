using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>
/// Surcharge writes (thu khác, <c>/surchages</c> as KiotViet spells it): create, update, activate and deactivate;
/// each exactly once (docs/design.md, "the write rule"). KiotViet documents no read of one surcharge, only the list
/// (2.10.1), so every lookup reads the list, which a shop keeps short.
/// </summary>
public sealed class SurchargeClient : ResourceClient
{
    private const string Collection = "surchages";

    internal SurchargeClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    /// <summary>Every surcharge the list shows (GET /surchages, all pages).</summary>
    public Task<List<Surcharge>> ListAllAsync(CancellationToken cancellationToken) =>
        Task.Run(() => List(new SurchargeQuery(), new PageRequest(), cancellationToken).ToList(), cancellationToken);

    /// <summary>
    /// Creates a surcharge (POST /surchages), exactly once. When the answer is lost, the list is read: a create that
    /// named a code is recognised by it; one that did not (KiotViet generates the code) by its name and value among
    /// the surcharges created since it began that no other write of this connection reported. None found means it was
    /// not applied.
    /// </summary>
    public Task<Surcharge> CreateAsync(SurchargeDraft draft, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            throw new ArgumentException("A surcharge needs a name.", nameof(draft));
        }

        return Writes.RunAsync(
            new WriteOperation<Surcharge>(
                $"the create of surcharge '{draft.Name}'" + (draft.Code is null ? "" : $" ({draft.Code})"),
                ct => Transport.SendAsync(ApiRequest.Post(Collection, draft), ResponseBody.ReadObject<Surcharge>, ct),
                async (context, ct) =>
                {
                    var all = await ListAllAsync(ct).ConfigureAwait(false);
                    var found = draft.Code is { } code
                        ? all.Where(s => SameText(s.SurchargeCode, code) && !context.IsAnotherWritesResult(s.Id)).OrderBy(s => s.Id).FirstOrDefault()
                        : all.Where(s => context.CouldBeCreatedByThisWrite(s.Id, s.CreatedDate) && SameText(s.SurchargeName, draft.Name) && (draft.Value is null || s.Value == draft.Value))
                            .OrderBy(s => s.CreatedDate).ThenBy(s => s.Id).FirstOrDefault();
                    return found is null ? Reconciliation<Surcharge>.NotApplied : Reconciliation<Surcharge>.Applied(found);
                },
                s => s.Id),
            cancellationToken);
    }

    /// <summary>
    /// Updates a surcharge (PUT /surchages/{id}). The doc marks name, code and value required, so
    /// <paramref name="changes"/> is laid over the surcharge as read (<paramref name="current"/>) and the whole is
    /// sent (a percentage surcharge, which has no value, is sent without one). When the answer is lost, the list is
    /// read and the surcharge compared before anything is resent.
    /// </summary>
    public Task<Surcharge> UpdateAsync(Surcharge current, SurchargeDraft changes, CancellationToken cancellationToken)
    {
        var body = new SurchargeDraft
        {
            Name = changes.Name ?? current.SurchargeName,
            Code = changes.Code ?? current.SurchargeCode,
            Value = changes.Value ?? current.Value,
        };
        return Writes.RunAsync(
            new WriteOperation<Surcharge>(
                $"the update of surcharge {current.Id}",
                ct => Transport.SendAsync(ApiRequest.Put(ItemPath(Collection, current.Id), body), ResponseBody.ReadObject<Surcharge>, ct),
                async (_, ct) => await FindAsync(current.Id, ct).ConfigureAwait(false) is { } shown && ShowsUpdate(changes, shown)
                    ? Reconciliation<Surcharge>.Applied(shown)
                    : Reconciliation<Surcharge>.NotApplied),
            cancellationToken);
    }

    /// <summary>
    /// Activates or deactivates a surcharge (POST /surchages/{id}/activesurchage, {isActive}); KiotViet answers a
    /// message, so the surcharge is read from the list and returned (as read before, with the state KiotViet confirmed,
    /// when the list no longer shows it: the doc does not say whether it lists inactive surcharges). When the answer is
    /// lost, the list decides: the state asked for shown, or a deactivated surcharge no longer listed, means applied;
    /// else the same state is sent again, which cannot change anything more.
    /// </summary>
    public Task<Surcharge> SetActiveAsync(Surcharge current, bool active, CancellationToken cancellationToken) =>
        Writes.RunAsync(
            new WriteOperation<Surcharge>(
                $"the {(active ? "activation" : "deactivation")} of surcharge {current.Id}",
                async ct =>
                {
                    await Transport.SendAsync(ApiRequest.Post($"{ItemPath(Collection, current.Id)}/activesurchage", new ActiveState { IsActive = active }), ResponseBody.ReadMessage, ct).ConfigureAwait(false);
                    return await FindAsync(current.Id, ct).ConfigureAwait(false) is { } shown ? WithState(shown, active) : WithState(Copy(current), active);
                },
                async (_, ct) =>
                {
                    var shown = await FindAsync(current.Id, ct).ConfigureAwait(false);
                    return shown is null
                        ? Reconciliation<Surcharge>.AppliedIf(!active, WithState(Copy(current), active))
                        : Reconciliation<Surcharge>.AppliedIf(shown.IsActive == active, shown);
                }),
            cancellationToken);

    /// <summary>The surcharge with this id as the list shows it, or null when the list does not show it.</summary>
    public async Task<Surcharge?> FindAsync(long id, CancellationToken cancellationToken) =>
        (await ListAllAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Id == id);

    /// <summary>True when <paramref name="shown"/> holds every field <paramref name="changes"/> sets.</summary>
    public static bool ShowsUpdate(SurchargeDraft changes, Surcharge shown) =>
        (changes.Name is null || SameText(shown.SurchargeName, changes.Name))
        && (changes.Code is null || SameText(shown.SurchargeCode, changes.Code))
        && (changes.Value is null || shown.Value == changes.Value);

    private static bool SameText(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    // The list may leave isActive out (2.10.1 does not print it); KiotViet's answer confirmed the state.
    private static Surcharge WithState(Surcharge surcharge, bool active)
    {
        surcharge.IsActive ??= active;
        return surcharge;
    }

    private static Surcharge Copy(Surcharge s) => new()
    {
        Id = s.Id,
        SurchargeCode = s.SurchargeCode,
        SurchargeName = s.SurchargeName,
        Value = s.Value,
        ValueRatio = s.ValueRatio,
        IsActive = null,
        IsAuto = s.IsAuto,
        IsReturnAuto = s.IsReturnAuto,
        RetailerId = s.RetailerId,
        CreatedDate = s.CreatedDate,
        ModifiedDate = s.ModifiedDate,
    };

    private sealed class ActiveState
    {
        public bool IsActive { get; set; }
    }
}
