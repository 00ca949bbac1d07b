namespace KiotViet.Commands.Infrastructure;

/// <summary>The defaults of bulk writes, in one place.</summary>
internal static class BulkWriteDefaults
{
    /// <summary>
    /// A bulk write stops (a terminating error) after this many rows in a row failed because of the service
    /// (not a refusal of the row itself): the service is down, and going on would only report the same failure.
    /// </summary>
    public const int ConsecutiveFailuresBeforeStopping = 10;

    /// <summary>Tag of the summary record in the information stream.</summary>
    public const string SummaryTag = "KiotViet.Summary";
}
