namespace KiotViet;

/// <summary>Anything the API identifies by a numeric id; paging de-duplicates on it.</summary>
public interface IKiotVietEntity
{
    long Id { get; }
}
