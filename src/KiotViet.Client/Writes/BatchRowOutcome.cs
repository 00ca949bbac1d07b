namespace KiotViet.Writes;

/// <summary>One row's outcome in a batch write: the record as KiotViet has it now, or why it was not written.</summary>
public sealed class BatchRowOutcome<T>
    where T : class
{
    private BatchRowOutcome(T? record, KiotVietApiException? error, bool sentAlone)
    {
        Record = record;
        Error = error;
        SentAlone = sentAlone;
    }

    /// <summary>The record written (read back from KiotViet), or null when <see cref="Error"/> says why not.</summary>
    public T? Record { get; }

    /// <summary>
    /// Why the row was not written: KiotViet's refusal of the row, or a failure whose
    /// <see cref="KiotVietApiException.MayHaveBeenApplied"/> says whether its outcome is unknown.
    /// </summary>
    public KiotVietApiException? Error { get; }

    /// <summary>True when the row was sent on its own (its batch was refused, or the batch did not write it).</summary>
    public bool SentAlone { get; }

    internal static BatchRowOutcome<T> Written(T record, bool sentAlone) => new(record, null, sentAlone);

    internal static BatchRowOutcome<T> Failed(KiotVietApiException error, bool sentAlone) => new(null, error, sentAlone);
}
