using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Turns PowerShell's -First/-Skip (when the cmdlet supports paging) and the module's -PageSize into the engine's page request.</summary>
internal static class PagingRequest
{
    public static PageRequest From(PagingParameters? paging, int pageSize) => new()
    {
        PageSize = pageSize,
        Skip = (long)(paging?.Skip ?? 0),
        First = paging is null || paging.First == ulong.MaxValue ? null : (long)System.Math.Min(paging.First, long.MaxValue),
    };
}
