namespace KiotViet;

/// <summary>
/// The outcome of every row of one bulk write (New-KvCustomer, Set-KvCustomer, Remove-KvCustomer, ...), written to
/// the information stream when the command ends (tag KiotViet.Summary): see it with -InformationAction Continue,
/// keep it with -InformationVariable. Rows = Written + Unchanged + SkippedExisting + Refused + Failed.
/// </summary>
public sealed class BulkWriteSummary
{
    internal BulkWriteSummary(string command, string writtenAs)
    {
        Command = command;
        WrittenAs = writtenAs;
    }

    public string Command { get; }

    /// <summary>What a written row is called for this command: created, updated, deleted, registered.</summary>
    public string WrittenAs { get; }

    public int Rows => Written + Unchanged + SkippedExisting + Refused + Failed;

    /// <summary>Rows written exactly once (including those whose answer was lost and that were found in KiotViet).</summary>
    public int Written { get; internal set; }

    /// <summary>Rows of an update that match the record already: nothing is sent for them.</summary>
    public int Unchanged { get; internal set; }

    /// <summary>Rows skipped because the record already exists (-SkipExisting).</summary>
    public int SkippedExisting { get; internal set; }

    /// <summary>Rows refused with a reason, by KiotViet or by the checks before sending; nothing was written.</summary>
    public int Refused { get; internal set; }

    /// <summary>Rows that failed otherwise (the service failing, or an outcome that could not be reconciled).</summary>
    public int Failed { get; internal set; }

    public override string ToString() => $"{Command}: {Rows} row(s): {Counts}.";

    /// <summary>"3 created, 0 skipped as existing, 0 refused, 0 failed": the progress status while the write runs.</summary>
    internal string Counts => $"{Written} {WrittenAs}, {(Unchanged > 0 ? $"{Unchanged} unchanged, " : string.Empty)}{SkippedExisting} skipped as existing, {Refused} refused, {Failed} failed";
}
