using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Changes a sale document (an order, an invoice) by id, from parameters, the pipeline or a CSV: its customer,
/// description, discount or lines (given lines replace all its lines). Nothing given is refused before sending; the
/// prompt names the document and the fields it changes. The engine reconciles an update whose answer was lost.
/// </summary>
public abstract class KvSaleUpdateCmdlet<TChanges, T> : KvWriteCmdlet
    where T : class
{
    /// <summary>The document to change; the subclass declares the parameter, for its alias.</summary>
    public abstract long Id { get; set; }

    /// <summary>The pipeline input as it came (a document, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public PSObject? InputObject { get; set; }

    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long CustomerId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Note, AllowLineBreaks = true)]
    public string? Description { get; set; }

    /// <summary>Discount on the whole document.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    [ValidateRange(0, double.MaxValue)]
    public decimal? Discount { get; set; }

    /// <summary>The new lines (they replace all the lines): as New-KvOrder's -Line.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public object[]? Line { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>"order", "invoice".</summary>
    private protected abstract string Noun { get; }

    private protected override string Activity => $"Updating KiotViet {Noun}s";

    private protected override string WrittenAs => "updated";

    private protected override string ResumeAdvice => "Run the same command again: an update already applied is applied again harmlessly.";

    protected override object? CurrentTarget => Target;

    private object Target => InputObject is { } input && input.BaseObject is not long ? input : (object)Id;

    /// <summary>The changes from the shared fields (null = left as is) and the subclass's own.</summary>
    private protected abstract TChanges Changes(long? customerId, List<OrderLine>? lines);

    /// <summary>The subclass's own fields, named as the prompt lists them, with whether each is set.</summary>
    private protected virtual IEnumerable<(string Name, bool Set)> OwnFields => Enumerable.Empty<(string, bool)>();

    private protected abstract Task<T> ReadAsync(long id, CancellationToken cancellationToken);

    /// <summary>How the prompt names the document once read.</summary>
    private protected abstract string NameOf(T document);

    private protected abstract Task<T> UpdateAsync(long id, TChanges changes, CancellationToken cancellationToken);

    protected override void Process()
    {
        TChanges changes;
        try
        {
            changes = Changes(CustomerId > 0 ? CustomerId : null, Line?.Select((line, index) => OrderLineInput.Read(line, index + 1)).ToList());
        }
        catch (ArgumentException ex)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput($"KiotVietInvalid{Titled}", $"{Titled} {Id} was not updated: {ex.Message}", Target));
            return;
        }

        var fields = new (string Name, bool Set)[]
        {
            ("CustomerId", CustomerId > 0),
            ("Description", Description is not null),
            ("Discount", Discount is not null),
            ("Lines", Line is not null),
        }.Concat(OwnFields).Where(f => f.Set).Select(f => f.Name).ToList();
        if (fields.Count == 0)
        {
            var names = string.Join(", ", new[] { "-Description", "-Discount", "-CustomerId", "-Line" }.Concat(OwnFields.Select(f => $"-{f.Name}")));
            RefusedBeforeSending(ErrorRecords.InvalidInput($"KiotVietNo{Titled}Changes", $"Nothing to change for {Noun} {Id}: give at least one of {names}.", Target));
            return;
        }

        if (!ShouldProcess(DescribeRecord(Noun, Id, InputObject, ct => ReadAsync(Id, ct), NameOf), $"Update {string.Join(", ", fields)}"))
        {
            return;
        }

        if (TryWrite(Target, ct => UpdateAsync(Id, changes, ct), out var updated) && PassThru)
        {
            WriteObject(updated);
        }
    }

    private string Titled => char.ToUpperInvariant(Noun[0]) + Noun.Substring(1);
}
