namespace KiotViet;

/// <summary>An id the API reported as deleted or deactivated since the requested time.</summary>
public sealed class RemovedRecord
{
    public RemovedRecord(string entityType, long id)
    {
        EntityType = entityType;
        Id = id;
    }

    /// <summary>Singular entity name, e.g. "Customer".</summary>
    public string EntityType { get; }

    public long Id { get; }

    /// <summary>Always true: lets a CSV or a script tell removals from records.</summary>
    public bool Removed => true;

    public override string ToString() => $"{EntityType} {Id} (removed)";
}
