using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Creates a sale document (an order, an invoice) for a branch: the customer piped from Get-KvCustomer or given by
/// id, the lines as hashtables or objects (CSV rows) read by <see cref="OrderLineInput"/>, all checked before anything
/// is sent; -WhatIf shows the lines, branch and customer. The engine makes the create exactly-once.
/// </summary>
public abstract partial class KvSaleCreateCmdlet<TDraft, T> : KvWriteCmdlet
    where T : class
{
    [Parameter(Mandatory = true)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(BranchCompleter))]
    public long BranchId { get; set; }

    /// <summary>The customer; a customer piped from Get-KvCustomer binds here.</summary>
    [Parameter(ValueFromPipeline = true)]
    public Customer? Customer { get; set; }

    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long CustomerId { get; set; }

    /// <summary>Hashtables or objects with ProductId or ProductCode, Quantity and Price (optional Discount, Note).</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public object[]? Line { get; set; }

    [Parameter]
    [ValidateShopText(TextLimits.Note, AllowLineBreaks = true)]
    public string? Description { get; set; }

    /// <summary>Discount on the whole document.</summary>
    [Parameter]
    [ShopNumberTransformation]
    [ValidateRange(0, double.MaxValue)]
    public decimal Discount { get; set; }

    /// <summary>"order", "invoice".</summary>
    private protected abstract string Noun { get; }

    private protected override string Activity => $"Creating KiotViet {Noun}s";

    private protected override string WrittenAs => "created";

    /// <summary>The draft from the checked lines and the shared fields; throws ArgumentException for input it refuses.</summary>
    private protected abstract TDraft Draft(long? customerId, List<OrderLine> lines, decimal? discount);

    private protected abstract Task<T> CreateAsync(TDraft draft, CancellationToken cancellationToken);

    /// <summary>What else the prompt says about the draft (", paid 50,000 Cash").</summary>
    private protected virtual string Details(TDraft draft) => "";

    /// <summary>The id of the customer given as an object: its Id, else the customer its Code names (one read).</summary>
    private long CustomerIdOf(Customer customer)
    {
        if (KvConnectedCmdlet.CustomerWithoutKey(customer) is { } refusal)
        {
            ThrowTerminatingError(refusal);
        }

        return customer.Id > 0 ? customer.Id : Await(ct => Shop.Customers.GetByCodeAsync(customer.Code!.Trim(), ct)).Id;
    }

    protected override void Process()
    {
        TDraft draft;
        List<OrderLine> lines;
        long? customerId;
        try
        {
            customerId = Customer is { } given ? CustomerIdOf(given) : null;
        }
        catch (KiotVietApiException ex)
        {
            FailedInTurn(ex, Customer);
            return;
        }

        try
        {
            lines = Line!.Select((line, index) => OrderLineInput.Read(line, index + 1)).ToList();
            draft = Draft(
                customerId ?? (CustomerId > 0 ? CustomerId : null),
                lines,
                MyInvocation.BoundParameters.ContainsKey(nameof(Discount)) ? Discount : null);
        }
        catch (ArgumentException ex)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput($"KiotVietInvalid{char.ToUpperInvariant(Noun[0])}{Noun.Substring(1)}", ex.Message, Line));
            return;
        }

        if (!PriceLinesWithoutPrice(Line!, lines, Customer ?? (object)Line!))
        {
            return;
        }

        var customerName = Customer is { } c ? $", customer {c.Code} {c.Name}" : CustomerId > 0 ? $", customer {CustomerId}" : "";
        var target = $"{lines.Count} line(s) ({string.Join("; ", lines)}) for branch {BranchId}{customerName}{Details(draft)}";
        if (!ShouldProcess(target, $"Create KiotViet {Noun}"))
        {
            return;
        }

        if (TryWrite(Customer ?? (object)target, ct => CreateAsync(draft, ct), out var created, $"KiotViet may have saved the {Noun}: check with Get-Kv{char.ToUpperInvariant(Noun[0])}{Noun.Substring(1)} before sending it again."))
        {
            WriteObject(created);
        }
    }
}
