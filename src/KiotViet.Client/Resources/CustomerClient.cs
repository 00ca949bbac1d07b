using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Matching;
using KiotViet.Paging;

namespace KiotViet.Resources;

/// <summary>Customers (khách hàng) and customer groups.</summary>
public sealed class CustomerClient : ResourceClient
{
    internal CustomerClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    public PagedListing<Customer> List(CustomerQuery query, PageRequest paging, CancellationToken cancellationToken) =>
        List<Customer>(query, paging, cancellationToken);

    public Task<Customer> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Customer>("customers", id, cancellationToken);

    public Task<Customer> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        GetByCodeAsync<Customer>("customers", code, cancellationToken);

    /// <summary>Creates a customer. Never sent twice once it may have reached KiotViet.</summary>
    public Task<Customer> CreateAsync(CustomerDraft draft, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            throw new ArgumentException("A customer needs a name.", nameof(draft));
        }

        return Transport.SendAsync(ApiRequest.Post("customers", draft), ResponseBody.ReadObject<Customer>, cancellationToken);
    }

    public Task<Customer> UpdateAsync(long id, CustomerDraft changes, CancellationToken cancellationToken) =>
        Transport.SendAsync(ApiRequest.Put($"customers/{id.ToString(CultureInfo.InvariantCulture)}", changes), ResponseBody.ReadObject<Customer>, cancellationToken);

    /// <summary>Deletes a customer; returns KiotViet's confirmation message.</summary>
    public Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) =>
        Transport.SendAsync(ApiRequest.Delete($"customers/{id.ToString(CultureInfo.InvariantCulture)}"), ResponseBody.ReadMessage, cancellationToken);

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
