using System;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;

namespace KiotViet.Writes;

/// <summary>
/// Where every write (create, update, delete, registration) goes, so that each one's outcome is known (docs/design.md, "The write rule").
/// <para>
/// The rule: a write whose answer was lost (dropped connection or timeout after sending, a 5xx, an answer cut off)
/// has an unknown outcome. It is never guessed and never blindly sent again: it is reconciled. The write's own
/// lookup finds the record by what identifies it (its code; otherwise the fields the write set, created since the
/// write began by KiotViet's clock, less <see cref="ClockSkewTolerance"/>; an update re-reads and compares; a delete
/// re-reads, and gone means done). Found: the record is returned exactly as if the answer had arrived. Not found:
/// the write certainly was not applied and is sent again. When the lookup cannot tell (the service still failing
/// once the patience is spent, or the lookup refused), the failure says the outcome is unknown
/// (<see cref="KiotVietApiException.MayHaveBeenApplied"/>). A refusal, a 429 or a token rejection, which KiotViet
/// certainly did not act on, is not reconciled: the transport resends those itself or reports the refusal.
/// </para>
/// <para>
/// The whole write, its sends, its lookups and every retry under them, is one <see cref="RetryScope"/>: all draw from
/// one count (<c>MaxRetries</c>, when set) and one window (<c>RetryWindow</c>), so retries do not multiply. One lost
/// answer with the service answering again costs at most three requests (the write, one lookup, one resend); in the
/// worst case a write costs at most 2 × (MaxRetries + 1) requests (each send lost, each lookup answered).
/// </para>
/// <para>
/// A new write is a <see cref="WriteOperation{T}"/>: how to send it, how to tell whether it was applied, and the id
/// of what it returns. Records this connection already reported as created are never claimed by a later lookup,
/// so two identical rows create two records.
/// </para>
/// <para>
/// Writes may run side by side (a bulk write keeps several in flight). A create's lookup then waits until the creates
/// sent before it have their answers and claims its record before new ones are sent (<see cref="CreateLookupGate"/>),
/// so two in-flight creates of the same fields never claim the same record. Two writes of the same record are never
/// in flight at once: the caller keeps them apart (the <see cref="BulkWriteRun"/>'s conflict keys).
/// </para>
/// </summary>
internal sealed class WriteCoordinator
{
    /// <summary>How far KiotViet's creation timestamps may lag the clock estimate taken when a write began.</summary>
    public static readonly TimeSpan ClockSkewTolerance = TimeSpan.FromMinutes(2);

    private readonly ServerClock clock;
    private readonly RetryPolicy retryPolicy;
    private readonly CreateLookupGate createLookups = new();

    public WriteCoordinator(ServerClock clock, RetryPolicy retryPolicy)
    {
        this.clock = clock;
        this.retryPolicy = retryPolicy;
    }

    /// <summary>The ids this connection reported as written; batches claim theirs here too.</summary>
    public ClaimedIds Claimed { get; } = new();

    public async Task<T> RunAsync<T>(WriteOperation<T> write, CancellationToken cancellationToken)
    {
        using var scope = RetryScope.Enter(out _);
        var context = new WriteContext(clock.Now - ClockSkewTolerance, Claimed.Contains);
        for (var send = 1; ; send++)
        {
            KiotVietApiException unknown;
            try
            {
                return await SendAsync(write, cancellationToken).ConfigureAwait(false);
            }
            catch (KiotVietApiException ex) when (ex.MayHaveBeenApplied)
            {
                unknown = ex;
            }

            Verbose($"The outcome of {write.Description} is unknown ({unknown.Message}); looking it up in KiotViet.");
            var found = await ReconcileAsync(write, context, unknown, cancellationToken).ConfigureAwait(false);
            if (found.IsApplied)
            {
                Verbose($"KiotViet had applied {write.Description}; only its answer was lost.");
                return found.Value;
            }

            TimeSpan delay;
            try
            {
                delay = retryPolicy.NextTry(unknown, write.Description);
            }
            catch (KiotVietApiException)
            {
                throw unknown.WithContext(
                    $"{Capitalized(write.Description)} was not applied: it was sent {send} times, no answer came back, and KiotViet shows none of them took effect. Last failure: {unknown.Message}",
                    mayHaveBeenApplied: false);
            }

            Verbose($"KiotViet did not apply {write.Description}; sending it again (send {send + 1}).");
            await retryPolicy.Time.DelayAsync(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends once; a create's id is reported before its send counts as done (see <see cref="CreateLookupGate"/>).</summary>
    private async Task<T> SendAsync<T>(WriteOperation<T> write, CancellationToken cancellationToken)
    {
        if (write.IdOf is null)
        {
            return await write.SendAsync(cancellationToken).ConfigureAwait(false);
        }

        using (await createLookups.EnterSendAsync(cancellationToken).ConfigureAwait(false))
        {
            return Reported(write, await write.SendAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>One lookup; a create's lookup runs apart from the creates in flight and reports what it claims before they resume.</summary>
    private async Task<Reconciliation<T>> LookUpAsync<T>(WriteOperation<T> write, WriteContext context, CancellationToken cancellationToken)
    {
        if (write.IdOf is null)
        {
            return await write.ReconcileAsync(context, cancellationToken).ConfigureAwait(false);
        }

        using (await createLookups.EnterLookupAsync(cancellationToken).ConfigureAwait(false))
        {
            while (true)
            {
                var found = await write.ReconcileAsync(context, cancellationToken).ConfigureAwait(false);
                if (!found.IsApplied || write.IdOf(found.Value) is not { } id || Claimed.TryClaim(id))
                {
                    return found;
                }

                // A batch's read-back claimed that record between this lookup's read and its claim: look again.
            }
        }
    }

    private async Task<Reconciliation<T>> ReconcileAsync<T>(WriteOperation<T> write, WriteContext context, KiotVietApiException unknown, CancellationToken cancellationToken)
    {
        // Wait first: a server that timed out may still be finishing the write; the lookup must see its result.
        var delay = retryPolicy.DelayFor(RetryScope.Current?.Retries ?? 0, null);
        RequestObservation.Current?.Waiting(delay, $"before looking up whether KiotViet applied {write.Description}");
        await retryPolicy.Time.DelayAsync(delay, cancellationToken).ConfigureAwait(false);
        try
        {
            // The lookup's own retries (an outage still going on) draw from this write's patience.
            return await LookUpAsync(write, context, cancellationToken).ConfigureAwait(false);
        }
        catch (KiotVietApiException lookupFailure) when (!lookupFailure.ConcernsRun)
        {
            throw unknown.WithContext(
                $"The outcome of {write.Description} is unknown: its answer was lost ({unknown.Message}) and looking it up failed too ({lookupFailure.Message}). Check in KiotViet before sending it again.",
                mayHaveBeenApplied: true);
        }
    }

    private T Reported<T>(WriteOperation<T> write, T value)
    {
        if (write.IdOf?.Invoke(value) is { } id)
        {
            Claimed.TryClaim(id);
        }

        return value;
    }

    private static void Verbose(string message) => RequestObservation.Current?.Verbose(message);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
