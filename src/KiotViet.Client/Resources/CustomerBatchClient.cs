using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>
/// The bulk customer writes (research §3): <c>POST /listaddcutomers</c> (the doc's spelling; <c>/listaddcustomers</c>
/// when that one answers 404, remembered for the connection) and <c>PUT /listupdatecustomers</c>, body
/// <c>{listCustomers:[…]}</c>. KiotViet answers a message only, so every row's outcome is read back: the customers
/// changed since the batch began, newest first (one GET for a batch of 100), each row matched by its code or the fields it set, as a single
/// write's lookup does. A row the batch did not write is sent alone, through the single write and its exactly-once
/// rule; a batch KiotViet refuses as a whole sends every row alone, so the refusal of the row at fault carries
/// KiotViet's reason and the other rows are written. The batch itself goes through the <see cref="WriteCoordinator"/>:
/// a lost answer is read back, and the batch is sent again only when KiotViet shows none of its rows.
/// </summary>
public sealed class CustomerBatchClient : ResourceClient
{
    /// <summary>The most rows one request carries (KiotViet documents no limit; a page of read-back holds 100).</summary>
    public const int MaxRows = 100;

    private static readonly string[] AddPaths = { "listaddcutomers", "listaddcustomers" };

    private readonly CustomerClient singles;
    private readonly ConcurrentDictionary<long, byte> reported = new();
    private int addPathIndex;

    internal CustomerBatchClient(ApiTransport transport, int readAhead, CustomerClient singles)
        : base(transport, readAhead) => this.singles = singles;

    /// <summary>The bulk create path that works for this connection (the doc's spelling until it answers 404).</summary>
    public string AddPath => AddPaths[Volatile.Read(ref addPathIndex)];

    /// <summary>
    /// True when a batch can carry the draft: it sets only the fields the bulk endpoints document (code, name,
    /// gender, birth date, phone, address, area, ward, e-mail, comments). A row with others is written alone.
    /// </summary>
    public static bool CanCarry(CustomerDraft draft) =>
        draft.SubNumber is null && draft.IdentificationNumber is null && draft.Organization is null && draft.TaxCode is null
        && draft.GroupIds is null && draft.BranchId is null;

    /// <summary>Creates up to <see cref="MaxRows"/> customers; one outcome per draft, in their order.</summary>
    public async Task<IReadOnlyList<BatchRowOutcome<Customer>>> CreateAsync(IReadOnlyList<CustomerDraft> drafts, CancellationToken cancellationToken)
    {
        CheckRows(drafts);
        if (drafts.Any(d => string.IsNullOrWhiteSpace(d.Name)))
        {
            throw new ArgumentException("Every customer needs a name.", nameof(drafts));
        }

        var body = new { listCustomers = drafts };
        var readBack = await RunBatchAsync(
            $"the batch create of {drafts.Count} customers",
            ct => SendCreateAsync(body, ct),
            (since, ct) => FindCreatedAsync(drafts, since, ct),
            cancellationToken).ConfigureAwait(false);
        return await OutcomesAsync(drafts, readBack, (draft, ct) => singles.CreateAsync(draft, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Updates up to <see cref="MaxRows"/> customers (id and changes); one outcome per row, in their order.</summary>
    public async Task<IReadOnlyList<BatchRowOutcome<Customer>>> UpdateAsync(IReadOnlyList<(long Id, CustomerDraft Changes)> rows, CancellationToken cancellationToken)
    {
        CheckRows(rows.Select(r => r.Changes).ToList());
        if (rows.Select(r => r.Id).Distinct().Count() != rows.Count)
        {
            throw new ArgumentException("A customer appears once in a batch: its read-back could not tell two changes of it apart.", nameof(rows));
        }

        var body = new JsonObject { ["listCustomers"] = new JsonArray(rows.Select(r => (JsonNode?)UpdateRow(r.Id, r.Changes)).ToArray()) };
        var readBack = await RunBatchAsync(
            $"the batch update of {rows.Count} customers",
            ct => Transport.SendAsync(ApiRequest.Put("listupdatecustomers", body), ResponseBody.ReadMessage, ct),
            (since, ct) => FindUpdatedAsync(rows, since, ct),
            cancellationToken).ConfigureAwait(false);
        return await OutcomesAsync(rows, readBack, (row, ct) => singles.UpdateAsync(row.Id, row.Changes, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends the batch once (resent only when a lost answer's read-back shows none of its rows) and reads back what it
    /// wrote: a record per row, null for a row not written. Refused: every row null (each is then sent alone).
    /// Outcome unknown even after looking: that failure.
    /// </summary>
    private async Task<BatchReadBack> RunBatchAsync(string description, Func<CancellationToken, Task<string?>> send, Func<DateTimeOffset, CancellationToken, Task<IReadOnlyList<Customer?>>> find, CancellationToken cancellationToken)
    {
        var since = Transport.ServerClock.Now - WriteCoordinator.ClockSkewTolerance;
        IReadOnlyList<Customer?>? found = null;
        try
        {
            await Writes.RunAsync(
                new WriteOperation<bool>(
                    description,
                    async ct =>
                    {
                        found = null;
                        await send(ct).ConfigureAwait(false);
                        return true;
                    },
                    async (_, ct) =>
                    {
                        found = await find(since, ct).ConfigureAwait(false);
                        return Reconciliation<bool>.AppliedIf(found.Any(r => r is not null), true);
                    }),
                cancellationToken).ConfigureAwait(false);
        }
        catch (KiotVietApiException ex) when (ex.MayHaveBeenApplied)
        {
            return new BatchReadBack(null, ex);
        }
        catch (KiotVietApiException ex) when (ex.Kind is not (KiotVietErrorKind.Authentication or KiotVietErrorKind.PermissionDenied or KiotVietErrorKind.RateLimited))
        {
            // Refused as a whole (or certainly not sent): each row alone tells which one KiotViet refuses, and why.
            RequestObservation.Current?.Verbose($"KiotViet refused {description} ({ex.Message}); sending its rows one by one.");
            return new BatchReadBack(Array.Empty<Customer?>(), null);
        }

        return new BatchReadBack(found ?? await find(since, cancellationToken).ConfigureAwait(false), null);
    }

    private async Task<IReadOnlyList<BatchRowOutcome<Customer>>> OutcomesAsync<TRow>(IReadOnlyList<TRow> rows, BatchReadBack readBack, Func<TRow, CancellationToken, Task<Customer>> alone, CancellationToken cancellationToken)
    {
        var outcomes = new List<BatchRowOutcome<Customer>>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (readBack.Unknown is { } unknown)
            {
                outcomes.Add(BatchRowOutcome<Customer>.Failed(unknown, sentAlone: false));
            }
            else if (i < readBack.Records!.Count && readBack.Records[i] is { } record)
            {
                reported.TryAdd(record.Id, 0);
                outcomes.Add(BatchRowOutcome<Customer>.Written(record, sentAlone: false));
            }
            else
            {
                outcomes.Add(await AloneAsync(rows[i], alone, cancellationToken).ConfigureAwait(false));
            }
        }

        return outcomes;
    }

    private async Task<BatchRowOutcome<Customer>> AloneAsync<TRow>(TRow row, Func<TRow, CancellationToken, Task<Customer>> alone, CancellationToken cancellationToken)
    {
        try
        {
            var record = await alone(row, cancellationToken).ConfigureAwait(false);
            reported.TryAdd(record.Id, 0);
            return BatchRowOutcome<Customer>.Written(record, sentAlone: true);
        }
        catch (KiotVietApiException ex) when (ex.Kind is not (KiotVietErrorKind.Authentication or KiotVietErrorKind.PermissionDenied or KiotVietErrorKind.RateLimited))
        {
            return BatchRowOutcome<Customer>.Failed(ex, sentAlone: true);
        }
    }

    private async Task<string?> SendCreateAsync(object body, CancellationToken cancellationToken)
    {
        var index = Volatile.Read(ref addPathIndex);
        try
        {
            return await Transport.SendAsync(ApiRequest.Post(AddPaths[index], body), ResponseBody.ReadMessage, cancellationToken).ConfigureAwait(false);
        }
        catch (KiotVietApiException ex) when (ex.Kind == KiotVietErrorKind.NotFound && index == 0)
        {
            RequestObservation.Current?.Verbose($"KiotViet has no /{AddPaths[0]} (404); using /{AddPaths[1]} for this connection.");
            Interlocked.CompareExchange(ref addPathIndex, 1, 0);
            return await Transport.SendAsync(ApiRequest.Post(AddPaths[1], body), ResponseBody.ReadMessage, cancellationToken).ConfigureAwait(false);
        }
    }

    // Each draft's record among the customers changed since the batch began: its code, else the fields it set; a
    // record is claimed by one row only, and never by a row when this connection reported it for another write.
    private Task<IReadOnlyList<Customer?>> FindCreatedAsync(IReadOnlyList<CustomerDraft> drafts, DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadBackAsync(since, candidates =>
        {
            var claimed = new HashSet<long>(reported.Keys);
            var context = new WriteContext(since, claimed.Contains);
            var found = new List<Customer?>(drafts.Count);
            foreach (var draft in drafts)
            {
                var record = CustomerWriteCheck.CreatedRecord(draft, candidates, context);
                if (record is not null)
                {
                    claimed.Add(record.Id);
                }

                found.Add(record);
            }

            return found;
        }, cancellationToken);

    private Task<IReadOnlyList<Customer?>> FindUpdatedAsync(IReadOnlyList<(long Id, CustomerDraft Changes)> rows, DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadBackAsync(since, candidates =>
        {
            var newest = candidates.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
            return rows.Select(r => newest.TryGetValue(r.Id, out var record) && CustomerWriteCheck.ShowsUpdate(r.Changes, record) ? record : null).ToList();
        }, cancellationToken);

    /// <summary>
    /// Reads the customers changed since the batch began, newest first, a page at a time, and stops as soon as every
    /// row has its record: a batch of 100 usually costs one GET, however much else changed in the window.
    /// </summary>
    private Task<IReadOnlyList<Customer?>> ReadBackAsync(DateTimeOffset since, Func<IReadOnlyList<Customer>, IReadOnlyList<Customer?>> match, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            var candidates = new List<Customer>();
            var query = new CustomerQuery { ModifiedSince = since.UtcDateTime, OrderBy = "modifiedDate", Descending = true };
            foreach (var customer in List(query, new PageRequest(), cancellationToken))
            {
                candidates.Add(customer);
                if (candidates.Count % PageRequest.MaxPageSize == 0 && match(candidates) is var found && found.All(r => r is not null))
                {
                    return found;
                }
            }

            return match(candidates);
        }, cancellationToken);

    private static JsonObject UpdateRow(long id, CustomerDraft changes)
    {
        var row = JsonSerializer.SerializeToNode(changes, KiotVietJson.Options)!.AsObject();
        row["id"] = id;
        return row;
    }

    private static void CheckRows(IReadOnlyList<CustomerDraft> drafts)
    {
        if (drafts.Count is < 1 or > MaxRows)
        {
            throw new ArgumentOutOfRangeException(nameof(drafts), drafts.Count, $"A batch holds 1 to {MaxRows} rows.");
        }

        if (!drafts.All(CanCarry))
        {
            throw new ArgumentException("A batch carries only the fields the bulk endpoints document (see CanCarry).", nameof(drafts));
        }
    }

    /// <summary>What a batch wrote: a record per row (null: not written), or why that cannot be known.</summary>
    private sealed class BatchReadBack
    {
        public BatchReadBack(IReadOnlyList<Customer?>? records, KiotVietApiException? unknown)
        {
            Records = records;
            Unknown = unknown;
        }

        public IReadOnlyList<Customer?>? Records { get; }

        public KiotVietApiException? Unknown { get; }
    }
}
