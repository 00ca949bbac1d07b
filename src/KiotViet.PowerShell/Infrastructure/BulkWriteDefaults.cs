namespace KiotViet.Commands.Infrastructure;

/// <summary>What the write cmdlets share about bulk writes (the run's own defaults are the engine's <c>BulkWriteRun</c>'s).</summary>
internal static class BulkWriteDefaults
{
    /// <summary>Tag of the summary record in the information stream.</summary>
    public const string SummaryTag = "KiotViet.Summary";
}
