using System;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>An area (tỉnh/thành - quận/huyện) as delivery addresses name it.</summary>
[ApiPath("locations")]
public sealed class Location : IKiotVietEntity
{
    public long Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The name without diacritics.</summary>
    public string? NormalName { get; set; }

    public override string ToString() => Name ?? Id.ToString();
}
