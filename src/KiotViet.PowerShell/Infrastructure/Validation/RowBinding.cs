using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Rows piped into the module's cmdlets are checked by the cmdlet, not at parameter binding: PowerShell drops a row
/// whose binding fails before the cmdlet sees it, with an error that names no row and counts in no summary. While one
/// of the module's cmdlets runs on this thread (binding a row and processing it happen here, one row at a time), text
/// checks let the value through and the cmdlet refuses the row in its turn, naming the row and the field.
/// </summary>
internal static class RowBinding
{
    [ThreadStatic]
    private static int running;

    private static readonly ConcurrentDictionary<Type, (string Name, ValidateShopTextAttribute Check)[]> Checks = new();

    public static bool Deferred => running > 0;

    public static void Enter() => running++;

    public static void Leave() => running = Math.Max(0, running - 1);

    /// <summary>"-Name: The text is 300 characters long; …" for each bound parameter whose text cannot be sent, else empty.</summary>
    public static IReadOnlyList<string> Problems(PSCmdlet cmdlet)
    {
        var bound = cmdlet.MyInvocation.BoundParameters;
        return Checks.GetOrAdd(cmdlet.GetType(), TextChecks)
            .Where(c => bound.ContainsKey(c.Name))
            .Select(c => c.Check.ProblemWith(bound[c.Name]) is { } problem ? $"-{c.Name}: {problem}" : null)
            .Where(p => p is not null)
            .ToList()!;
    }

    private static (string, ValidateShopTextAttribute)[] TextChecks(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p.Name, Check: p.GetCustomAttribute<ValidateShopTextAttribute>(inherit: true)))
            .Where(p => p.Check is not null)
            .Select(p => (p.Name, p.Check!))
            .ToArray();
}
