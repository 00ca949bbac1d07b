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
public abstract partial class KvSaleUpdateCmdlet<TChanges, T> : KvWriteCmdlet
    where T : class
{
    /// <summary>The document to change; the subclass declares the parameter, for its alias.</summary>
    public abstract long Id { get; set; }

    /// <summary>The pipeline input as it came (a document, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

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
    [ValidateAmount]
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

    /// <summary>The fields beyond the shared ones (a subclass adds its own), named as the prompt lists them, with whether each is set.</summary>
    private protected virtual IEnumerable<(string Name, bool Set)> OwnFields => new[]
    {
        ("SaleChannel", SaleChannel is not null),
        ("PurchaseDate", PurchaseDate is not null),
        ("Delivery", DeliveryGiven() is not null),
    };

    /// <summary>
    /// The shared fields (CustomerId, Description, Discount) this document's update cannot change: its operation does
    /// not document them (docs/design.md, "The documentation is the spec"). Given with the value the document already
    /// has (a re-imported export), such a field is left out; with another value, the row is refused before sending.
    /// </summary>
    private protected virtual IReadOnlyCollection<string> NotUpdatable => Array.Empty<string>();

    /// <summary>The document's current value of a shared field.</summary>
    private protected virtual object? CurrentValue(T document, string field) => null;

    private protected abstract Task<T> ReadAsync(long id, CancellationToken cancellationToken);

    /// <summary>How the prompt names the document once read.</summary>
    private protected abstract string NameOf(T document);

    private protected abstract Task<T> UpdateAsync(long id, TChanges changes, CancellationToken cancellationToken);

    protected override void Process()
    {
        if (!LeaveOutWhatCannotChange())
        {
            return;
        }

        TChanges changes;
        List<OrderLine>? lines;
        try
        {
            lines = Line?.Select((line, index) => OrderLineInput.Read(line, index + 1)).ToList();
        }
        catch (ArgumentException ex)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput($"KiotVietInvalid{Titled}", $"{Titled} {Id} was not updated: {ex.Message}", Target));
            return;
        }

        if (lines is not null && !PriceLinesWithoutPrice(Line!, lines, Target))
        {
            return;
        }

        try
        {
            changes = Changes(CustomerId > 0 ? CustomerId : null, lines);
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

    // False when the row was refused for a field the update cannot change.
    private bool LeaveOutWhatCannotChange()
    {
        var given = new (string Name, object? Value)[] { ("CustomerId", CustomerId > 0 ? CustomerId : null), ("Description", Description), ("Discount", Discount) }
            .Where(f => f.Value is not null && NotUpdatable.Contains(f.Name))
            .ToList();
        if (given.Count == 0)
        {
            return true;
        }

        var current = InputObject?.BaseObject as T;
        if (current is null)
        {
            try
            {
                current = Await(ct => ReadAsync(Id, ct));
            }
            catch (KiotVietApiException)
            {
                // Unread, the fields cannot be shown unchanged: refused below.
            }
        }

        var changing = given.Where(f => current is null || !SameValue(f.Value, CurrentValue(current, f.Name))).Select(f => f.Name).ToList();
        if (changing.Count > 0)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput(
                $"KiotViet{Titled}FieldNotUpdatable",
                $"{Titled} {Id} was not updated: KiotViet's {Noun} update cannot change {string.Join(", ", changing)}. Cancel the {Noun} and create it again to change {(changing.Count == 1 ? "it" : "them")}.",
                Target));
            return false;
        }

        CustomerId = NotUpdatable.Contains("CustomerId") ? 0 : CustomerId;
        Description = NotUpdatable.Contains("Description") ? null : Description;
        Discount = NotUpdatable.Contains("Discount") ? null : Discount;
        return true;
    }

    private static bool SameValue(object? given, object? current) => (given, current) switch
    {
        (string a, _) => string.Equals(a.Trim(), (current as string ?? "").Trim(), StringComparison.Ordinal),
        (decimal a, decimal b) => a == b,
        (decimal a, null) => a == 0,
        (long a, long b) => a == b,
        _ => false,
    };

    private string Titled => char.ToUpperInvariant(Noun[0]) + Noun.Substring(1);
}
