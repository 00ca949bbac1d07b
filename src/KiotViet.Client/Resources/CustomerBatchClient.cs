using System;
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
/// The bulk customer writes: <c>POST /listaddcutomers</c> (the doc's spelling; <c>/listaddcustomers</c>
/// when that one answers 404, remembered for the connection) and <c>PUT /listupdatecustomers</c>, body
/// <c>{listCustomers:[…]}</c>. Each row's outcome is read back as
/// <see cref="BatchWriteClient{TRecord}"/> describes: each row matched by its code or the fields it set.
/// </summary>
public sealed class CustomerBatchClient : BatchWriteClient<Customer>
{
    private static readonly string[] AddPaths = { "listaddcutomers", "listaddcustomers" };

    private readonly CustomerClient singles;
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

    /// <summary>Creates up to <see cref="BatchWriteClient{TRecord}.MaxRows"/> customers; one outcome per draft, in their order.</summary>
    public async Task<IReadOnlyList<BatchRowOutcome<Customer>>> CreateAsync(IReadOnlyList<CustomerDraft> drafts, CancellationToken cancellationToken)
    {
        CheckRows(drafts);
        if (drafts.Any(d => string.IsNullOrWhiteSpace(d.Name)))
        {
            throw new ArgumentException("Every customer needs a name.", nameof(drafts));
        }

        var body = new { listCustomers = drafts };
        return await WriteAsync(
            $"the batch create of {drafts.Count} customers",
            drafts,
            ct => SendCreateAsync(body, ct),
            (since, ct) => FindCreatedAsync(drafts, since, CustomerWriteCheck.CreatedRecord, ct),
            (draft, ct) => singles.CreateAsync(draft, ct),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Updates up to <see cref="BatchWriteClient{TRecord}.MaxRows"/> customers (id and changes); one outcome per row, in their order.</summary>
    public async Task<IReadOnlyList<BatchRowOutcome<Customer>>> UpdateAsync(IReadOnlyList<(long Id, CustomerDraft Changes)> rows, CancellationToken cancellationToken)
    {
        CheckRows(rows.Select(r => r.Changes).ToList());
        if (rows.Select(r => r.Id).Distinct().Count() != rows.Count)
        {
            throw new ArgumentException("A customer appears once in a batch: its read-back could not tell two changes of it apart.", nameof(rows));
        }

        var body = new JsonObject { ["listCustomers"] = new JsonArray(rows.Select(r => (JsonNode?)UpdateRow(r.Id, r.Changes)).ToArray()) };
        return await WriteAsync(
            $"the batch update of {rows.Count} customers",
            rows,
            ct => Transport.SendAsync(ApiRequest.Put("listupdatecustomers", body), ResponseBody.ReadMessage, ct),
            (since, ct) => FindUpdatedAsync(rows, since, CustomerWriteCheck.ShowsUpdate, ct),
            (row, ct) => singles.UpdateAsync(row.Id, row.Changes, ct),
            cancellationToken).ConfigureAwait(false);
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

    private protected override long IdOf(Customer record) => record.Id;

    private protected override IEnumerable<Customer> ChangedSince(DateTimeOffset since, CancellationToken cancellationToken) =>
        List(new CustomerQuery { ModifiedSince = since.UtcDateTime, OrderBy = "modifiedDate", Descending = true }, new PageRequest(), cancellationToken);

    private static JsonObject UpdateRow(long id, CustomerDraft changes)
    {
        var row = JsonSerializer.SerializeToNode(changes, KiotVietJson.Options)!.AsObject();
        row["id"] = id;
        return row;
    }

    private static void CheckRows(IReadOnlyList<CustomerDraft> drafts)
    {
        CheckCount(drafts.Count, nameof(drafts));
        if (!drafts.All(CanCarry))
        {
            throw new ArgumentException("A batch carries only the fields the bulk endpoints document (see CanCarry).", nameof(drafts));
        }
    }
}
