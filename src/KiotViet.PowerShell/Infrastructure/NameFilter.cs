using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>The -Name wildcard of small reference lists the API cannot filter by name: matched here, case-insensitively.</summary>
internal static class NameFilter
{
    public static bool Matches(string? pattern, string? name) =>
        pattern is null || new WildcardPattern(pattern, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant).IsMatch(name ?? "");
}
