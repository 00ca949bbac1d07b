namespace KiotViet.Sandbox.Controls;

/// <summary>Route-aware prefix matching: "/customers" matches "/customers" and "/customers/12", never "/customersx".</summary>
internal static class RoutePrefix
{
    public static bool Matches(string path, string? prefix)
    {
        if (string.IsNullOrEmpty(prefix) || prefix == "/")
        {
            return true;
        }

        var trimmed = prefix.TrimEnd('/');
        return path.Equals(trimmed, StringComparison.OrdinalIgnoreCase)
            || (path.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase) && path.Length > trimmed.Length && path[trimmed.Length] == '/');
    }
}
