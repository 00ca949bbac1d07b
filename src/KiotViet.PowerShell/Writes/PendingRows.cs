using System.Collections.Generic;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Rows a write cmdlet has checked and confirmed, waiting to be sent together; kept in input order.</summary>
internal sealed class PendingRows<TRow>
{
    private List<PendingRow<TRow>> rows = new();

    public int Count => rows.Count;

    public void Add(TRow row, object? target, string? unknownOutcomeAdvice) => rows.Add(new PendingRow<TRow>(row, target, unknownOutcomeAdvice));

    /// <summary>Every waiting row, oldest first; none wait afterwards.</summary>
    public IReadOnlyList<PendingRow<TRow>> TakeAll()
    {
        var taken = rows;
        rows = new List<PendingRow<TRow>>();
        return taken;
    }
}

/// <summary>One waiting row: what to send, the target of its errors, the advice when its outcome is unknown.</summary>
internal sealed class PendingRow<TRow>
{
    public PendingRow(TRow row, object? target, string? unknownOutcomeAdvice)
    {
        Row = row;
        Target = target;
        UnknownOutcomeAdvice = unknownOutcomeAdvice;
    }

    public TRow Row { get; }

    public object? Target { get; }

    public string? UnknownOutcomeAdvice { get; }
}
