using System;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Writes;

/// <summary>One write for the <see cref="WriteCoordinator"/>: how to send it and how to tell whether it was applied.</summary>
internal sealed class WriteOperation<T>
{
    /// <param name="description">What the write does, for messages: "the create of customer 'Lê Văn An'".</param>
    /// <param name="send">Sends it once (the transport still resends what KiotViet certainly did not act on).</param>
    /// <param name="reconcile">Looks in KiotViet whether it was applied; the record it finds is what the write returns.</param>
    /// <param name="idOf">The id of a created record, so that no later lookup claims it for another write.</param>
    public WriteOperation(string description, Func<CancellationToken, Task<T>> send, Func<WriteContext, CancellationToken, Task<Reconciliation<T>>> reconcile, Func<T, long?>? idOf = null)
    {
        Description = description;
        SendAsync = send;
        ReconcileAsync = reconcile;
        IdOf = idOf;
    }

    public string Description { get; }

    public Func<CancellationToken, Task<T>> SendAsync { get; }

    public Func<WriteContext, CancellationToken, Task<Reconciliation<T>>> ReconcileAsync { get; }

    public Func<T, long?>? IdOf { get; }
}

/// <summary>What a lookup knows about the write it reconciles.</summary>
internal sealed class WriteContext
{
    private readonly Func<long, bool> alreadyReported;

    public WriteContext(DateTimeOffset createdSince, Func<long, bool> alreadyReported)
    {
        CreatedSince = createdSince;
        this.alreadyReported = alreadyReported;
    }

    /// <summary>KiotViet's time when the write began, less the clock-skew tolerance: a record it created is not older.</summary>
    public DateTimeOffset CreatedSince { get; }

    /// <summary>True when a record could have been created by this write: new enough, and not another write's result.</summary>
    public bool CouldBeCreatedByThisWrite(long id, DateTimeOffset? createdDate) =>
        createdDate is { } created && created >= CreatedSince && !alreadyReported(id);

    /// <summary>True when this connection already reported the record as another write's result.</summary>
    public bool IsAnotherWritesResult(long id) => alreadyReported(id);
}

/// <summary>The answer of a lookup: the write was applied (and this is its result), or it certainly was not.</summary>
internal readonly struct Reconciliation<T>
{
    private Reconciliation(bool applied, T value)
    {
        IsApplied = applied;
        Value = value;
    }

    public static Reconciliation<T> NotApplied => default;

    public bool IsApplied { get; }

    public T Value { get; }

    public static Reconciliation<T> Applied(T value) => new(true, value);

    public static Reconciliation<T> AppliedIf(bool applied, T value) => applied ? Applied(value) : NotApplied;
}
