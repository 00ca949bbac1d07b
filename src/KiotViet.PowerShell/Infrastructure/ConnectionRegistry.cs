using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The current connection of each runspace. Keyed weakly by runspace, so parallel runspaces never share or
/// overwrite each other's current connection (they pass -Connection instead) and closed runspaces leave nothing behind.
/// </summary>
internal static class ConnectionRegistry
{
    private static readonly ConditionalWeakTable<Runspace, Holder> Current = new();

    public static KiotVietConnection? Get() =>
        Runspace.DefaultRunspace is { } runspace && Current.TryGetValue(runspace, out var holder) ? holder.Connection : null;

    public static void Set(KiotVietConnection? connection)
    {
        if (Runspace.DefaultRunspace is { } runspace)
        {
            Current.GetValue(runspace, _ => new Holder()).Connection = connection;
        }
    }

    private sealed class Holder
    {
        public KiotVietConnection? Connection { get; set; }
    }
}
