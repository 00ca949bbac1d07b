using System;

namespace KiotViet;

/// <summary>An entity whose last change time the API reports; incremental sync relies on it.</summary>
public interface ITrackedEntity : IKiotVietEntity
{
    DateTimeOffset? ModifiedDate { get; }
}
