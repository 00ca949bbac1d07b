using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Matching;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>Customers (khách hàng) and customer groups.</summary>
public sealed class CustomerClient : ResourceClient
{
    private const string Collection = "customers";

    internal CustomerClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    public PagedListing<Customer> List(CustomerQuery query, PageRequest paging, CancellationToken cancellationToken) =>
        List<Customer>(query, paging, cancellationToken);

    public Task<Customer> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Customer>(Collection, id, cancellationToken);

    public Task<Customer> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        GetByCodeAsync<Customer>(Collection, code, cancellationToken);

    /// <summary>
    /// Creates a customer, exactly once: when the answer is lost, the customer is looked up (by code, else by the
    /// phone number or name and the other fields given, created since the create began) before anything is resent.
    /// </summary>
    public Task<Customer> CreateAsync(CustomerDraft draft, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            throw new ArgumentException("A customer needs a name.", nameof(draft));
        }

        DocumentedFields.CheckCustomerCreate(draft);

        return Writes.RunAsync(
            new WriteOperation<Customer>(
                $"the create of customer '{draft.Name}'" + (draft.Code is null ? "" : $" ({draft.Code})"),
                ct => Transport.SendAsync(ApiRequest.Post(Collection, draft), ResponseBody.ReadObject<Customer>, ct),
                (context, ct) => FindCreatedAsync(draft, context, ct),
                c => c.Id),
            cancellationToken);
    }

    /// <summary>
    /// Updates a customer; when the answer is lost, the customer is read back and compared before resending.
    /// Fields PUT /customers/{id} does not document are refused before sending (<see cref="DocumentedFields"/>).
    /// </summary>
    public Task<Customer> UpdateAsync(long id, CustomerDraft changes, CancellationToken cancellationToken)
    {
        DocumentedFields.CheckCustomerUpdate(changes);
        return UpdateRecordAsync<Customer, CustomerDraft>("customer", Collection, id, changes, CustomerWriteCheck.ShowsUpdate, cancellationToken);
    }

    /// <summary>Deletes a customer; returns KiotViet's confirmation message. When the answer is lost, gone means done.</summary>
    public Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) =>
        DeleteRecordAsync<Customer>("customer", Collection, id, cancellationToken);

    private async Task<Reconciliation<Customer>> FindCreatedAsync(CustomerDraft draft, WriteContext context, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(draft.Code))
        {
            // The documented list filter (2.6.1 `code`), not GET /customers/code/{code}: an empty list is unambiguous,
            // while how KiotViet answers a missing code is not documented (docs/design.md, "The write rule").
            var code = draft.Code!.Trim();
            var listed = await Task.Run(() => List(new CustomerQuery { Code = code }, new PageRequest(), cancellationToken).ToList(), cancellationToken).ConfigureAwait(false);
            var byCode = listed.Where(c => string.Equals(c.Code?.Trim(), code, StringComparison.OrdinalIgnoreCase)).ToList();
            return CustomerWriteCheck.CreatedRecord(draft, byCode, context) is { } created
                ? Reconciliation<Customer>.Applied(created)
                : Reconciliation<Customer>.NotApplied;
        }

        // Without a code: the most selective filter the API has (phone, else name), narrowed to what changed since.
        var phone = PhoneNumber.Normalize(draft.ContactNumber);
        var query = new CustomerQuery { ModifiedSince = context.CreatedSince.UtcDateTime };
        if (phone is not null)
        {
            query.ContactNumber = phone.Substring(1);
        }
        else
        {
            query.Name = draft.Name;
        }

        var candidates = await Task.Run(() => List(query, new PageRequest(), cancellationToken).ToList(), cancellationToken).ConfigureAwait(false);
        var found = CustomerWriteCheck.CreatedRecord(draft, candidates, context);
        return found is null ? Reconciliation<Customer>.NotApplied : Reconciliation<Customer>.Applied(found);
    }

    /// <summary>
    /// Customers whose phone number is the given one in any notation (0…, +84…, spaces, dots), earliest created first.
    /// One request: the API's contactNumber filter matches partially, so the results are checked exactly here.
    /// </summary>
    public async Task<IReadOnlyList<Customer>> FindByPhoneAsync(string contactNumber, CancellationToken cancellationToken)
    {
        var normalized = PhoneNumber.Normalize(contactNumber) ?? throw new ArgumentException($"'{contactNumber}' holds no digits.", nameof(contactNumber));
        var significant = normalized.Substring(1); // without the national 0, so +84 and 0 notations both match
        var candidates = await Task.Run(
            () => List(new CustomerQuery { ContactNumber = significant }, new PageRequest(), cancellationToken).ToList(),
            cancellationToken).ConfigureAwait(false);
        return candidates
            .Where(c => PhoneNumber.Normalize(c.ContactNumber) == normalized || PhoneNumber.Normalize(c.SubNumber) == normalized)
            .OrderBy(c => c.CreatedDate ?? DateTimeOffset.MaxValue).ThenBy(c => c.Id)
            .ToList();
    }

    public PagedListing<CustomerGroup> ListGroups(PageRequest paging, CancellationToken cancellationToken) =>
        List<CustomerGroup>(new CustomerGroupQuery(), paging, cancellationToken);
}
