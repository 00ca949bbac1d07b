using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Matching;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Creates purchases or transfers from rows: each row (a CSV row, an object, or the command line) gives one product
/// line (ProductCode, Quantity, Price) and/or -Line hashtables, and the document's own fields (branch, supplier,
/// note…). Consecutive rows with the same document fields form one document, sent once its last row is read. Every
/// row is checked before anything is sent; a refused row is an error with that row as its target, and its document is
/// not sent (its rows are the target of that error, so they can be fixed and piped again). The engine makes each
/// create exactly-once.
/// </summary>
public abstract class KvStockDocumentCreateCmdlet<THeader, T> : KvWriteCmdlet
    where T : class
{
    private StockDocumentRows<THeader>? current;
    private PartyLookup? parties;

    /// <summary>The pipeline input as it came (a CSV row, an object), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    /// <summary>The product of this row's line (mã hàng).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? ProductCode { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Qty")]
    [ShopNumberTransformation]
    public decimal? Quantity { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    public decimal? Price { get; set; }

    /// <summary>Lines as hashtables or objects with ProductCode, Quantity and Price, besides (or instead of) the row's own line.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public object[]? Line { get; set; }

    /// <summary>The document's note (ghi chú).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Note, AllowLineBreaks = true)]
    public string? Description { get; set; }

    /// <summary>"purchase", "transfer".</summary>
    private protected abstract string Noun { get; }

    /// <summary>The noun of the Get- cmdlet that lists them: PurchaseOrder, Transfer.</summary>
    private protected abstract string TypeNoun { get; }

    private protected abstract bool PriceRequired { get; }

    private protected override string Activity => $"Creating KiotViet {Noun}s";

    private protected override string WrittenAs => "created";

    private protected override string ResumeAdvice => $"Check with Get-Kv{TypeNoun} which {Noun}s exist, then run the rows of the others again.";

    protected override object? CurrentTarget => Row;

    /// <summary>Branches and suppliers named in the rows, found once per run.</summary>
    private protected PartyLookup Parties => parties ??= new PartyLookup(Shop);

    /// <summary>The document's fields as this row gives them; throws ArgumentException or PartyLookupException for what it refuses.</summary>
    private protected abstract THeader ReadHeader();

    /// <summary>What tells documents apart: rows with the same key, one after another, make one document.</summary>
    private protected abstract string KeyOf(THeader header);

    /// <summary>This row's own line from its columns, or null when it gives none.</summary>
    private protected abstract StockLineInput? RowLine();

    /// <summary>"for branch X from supplier Y", for the prompt.</summary>
    private protected abstract string Describe(THeader header);

    private protected abstract Task<T> CreateAsync(THeader header, IReadOnlyList<StockLineInput> lines, CancellationToken cancellationToken);

    private protected string Titled => char.ToUpperInvariant(Noun[0]) + Noun.Substring(1);

    private object Row => (object?)InputObject ?? (object?)Line ?? ProductCode ?? Noun;

    protected override void Process()
    {
        var row = Row;
        THeader header;
        try
        {
            header = ReadHeader();
        }
        catch (Exception ex) when (ex is ArgumentException or PartyLookupException)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput($"KiotVietInvalid{Titled}Row", ex.Message, row));
            return;
        }
        catch (KiotVietApiException ex)
        {
            FailedInTurn(ex, row, "The branch or supplier of the row could not be looked up.");
            return;
        }

        var key = KeyOf(header);
        if (current is not null && current.Key != key)
        {
            Flush();
        }

        current ??= new StockDocumentRows<THeader>(key, header);
        current.Rows.Add(row);
        try
        {
            var lines = (Line ?? Array.Empty<object>()).Select((l, i) => StockLineInput.FromLine(l, i + 1, PriceRequired)).ToList();
            if (RowLine() is { } own)
            {
                lines.Add(own);
            }

            if (lines.Count == 0)
            {
                throw new ArgumentException("The row gives no line: give ProductCode and Quantity (and Price), or -Line.");
            }

            current.Lines.AddRange(lines);
        }
        catch (ArgumentException ex)
        {
            current.Refused ??= $"row {current.Rows.Count} of it was refused ({ex.Message})";
            RefusedBeforeSending(ErrorRecords.InvalidInput($"KiotVietInvalid{Titled}Line", ex.Message, row));
        }
    }

    protected override void End()
    {
        Flush();
        base.End();
    }

    /// <summary>The line this row's columns give, checked.</summary>
    private protected StockLineInput? ColumnsLine(decimal? discount, string? note, decimal? received)
    {
        if (ProductCode is null && Quantity is null && Price is null)
        {
            return null;
        }

        if (ProductCode is null || Quantity is null)
        {
            throw new ArgumentException("A line needs ProductCode and Quantity.");
        }

        return StockLineInput.Checked(ProductCode, Quantity.Value, Price, discount, note, received, $"ProductCode {ProductCode}", PriceRequired);
    }

    /// <summary>Sends the document whose rows were all read.</summary>
    private void Flush()
    {
        var document = current;
        current = null;
        if (document is null)
        {
            return;
        }

        if (document.Refused is { } why)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput(
                $"KiotViet{Titled}NotSent",
                $"The {Noun} of {document.Rows.Count} row(s) was not sent: {why}. Fix the row and pipe the rows of this {Noun} again.",
                document.Target));
            return;
        }

        var target = $"{document.Lines.Count} line(s) ({document.Summary}) {Describe(document.Header)}";
        if (!ShouldProcess(target, $"Create KiotViet {Noun}"))
        {
            return;
        }

        Submit(
            document.Target,
            ct => CreateAsync(document.Header, document.Lines, ct),
            created => WriteObject(created),
            $"KiotViet may have saved the {Noun}: check with Get-Kv{TypeNoun} before sending it again.");
    }
}
