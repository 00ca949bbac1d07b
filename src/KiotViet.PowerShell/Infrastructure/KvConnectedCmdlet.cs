using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A cmdlet that talks to a shop: -Connection, or else the runspace's current connection.</summary>
public abstract class KvConnectedCmdlet : KvCmdlet
{
    private KiotVietConnection? resolved;

    /// <summary>The connection to use (from Connect-KiotViet -PassThru); defaults to the current one.</summary>
    [Parameter]
    public KiotVietConnection? Connection { get; set; }

    protected KiotVietConnection Shop => resolved ?? throw new PSInvalidOperationException("The connection is resolved in BeginProcessing.");

    /// <summary>Reads one item per key (ids, codes) and writes each; a missing or refused one is a per-key error.</summary>
    private protected void WriteEach<TKey, T>(IEnumerable<TKey> keys, Func<TKey, CancellationToken, Task<T>> get, Action<T> emit)
    {
        foreach (var key in keys)
        {
            try
            {
                emit(Await(ct => get(key, ct)));
            }
            catch (KiotVietApiException ex)
            {
                WriteApiError(ex, key);
            }
        }
    }

    /// <summary>
    /// The id of a customer given as an object (piped, or -Customer): its Id, else the customer its Code names (one
    /// read); never 0, which KiotViet reads as "no customer". An object with neither is refused.
    /// </summary>
    private protected long CustomerIdOf(Customer customer)
    {
        if (CustomerWithoutKey(customer) is { } refusal)
        {
            ThrowTerminatingError(refusal);
        }

        return customer.Id > 0 ? customer.Id : Await(ct => Shop.Customers.GetByCodeAsync(customer.Code!.Trim(), ct)).Id;
    }

    /// <summary>The refusal of a customer object with neither an Id nor a Code (it names no customer); null when it names one.</summary>
    internal static ErrorRecord? CustomerWithoutKey(Customer customer) =>
        customer.Id > 0 || !string.IsNullOrWhiteSpace(customer.Code)
            ? null
            : ErrorRecords.InvalidInput(
                "KiotVietCustomerWithoutKey",
                "A customer was given without an Id or a Code, so it names no customer: pipe customers from Get-KvCustomer, or give -CustomerId or -CustomerCode.",
                customer);

    /// <summary>The connection a command uses: the one given, else the runspace's current one; null when there is none open.</summary>
    internal static KiotVietConnection? Resolve(KiotVietConnection? given)
    {
        var connection = given ?? ConnectionRegistry.Get();
        return connection is null || connection.IsDisposed ? null : connection;
    }

    protected override void Begin()
    {
        resolved = Resolve(Connection);
        if (resolved is null)
        {
            ThrowTerminatingError(ErrorRecords.NotConnected());
        }
    }

}
