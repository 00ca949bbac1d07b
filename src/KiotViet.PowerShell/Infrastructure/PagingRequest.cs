using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Turns PowerShell's -First/-Skip and the module's -PageSize into the engine's page request.</summary>
internal static class PagingRequest
{
    public static PageRequest From(PagingParameters paging, int pageSize) => new()
    {
        PageSize = pageSize,
        Skip = (long)paging.Skip,
        First = paging.First == ulong.MaxValue ? null : (long)System.Math.Min(paging.First, long.MaxValue),
    };
}
