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
/// of the module's cmdlets runs on this thread (binding a row and processing it happen here, one row at a time),
/// <see cref="RowValidationAttribute"/>s let the value through and <see cref="RowTransformationAttribute"/>s set their
/// failure aside (<see cref="Defer"/>); the cmdlet then asks for the row's <see cref="Problems"/> and refuses it in
/// its turn, naming the row and the field.
/// </summary>
internal static class RowBinding
{
    [ThreadStatic]
    private static int running;

    [ThreadStatic]
    private static List<DeferredFailure>? deferred;

    private static readonly ConcurrentDictionary<Type, ParameterChecks[]> Checks = new();

    public static bool Deferred => running > 0;

    public static void Enter() => running++;

    public static void Leave()
    {
        running = Math.Max(0, running - 1);
        if (running == 0)
        {
            deferred = null;
        }
    }

    /// <summary>A conversion failed while binding: the cmdlet the value was for reports it with its row.</summary>
    public static void Defer(RowTransformationAttribute check, object? given, string problem) =>
        (deferred ??= new List<DeferredFailure>()).Add(new DeferredFailure(check.GetType(), Unwrap(given), problem));

    /// <summary>
    /// "-Gender: 'x' is not a gender. …" for each bound parameter whose value cannot be sent, else empty. A failure set
    /// aside is matched to its cell in <paramref name="row"/>, the pipeline row the values came from, if any.
    /// </summary>
    public static IReadOnlyList<string> Problems(PSCmdlet cmdlet, object? row)
    {
        var failures = deferred;
        deferred = null;
        var bound = cmdlet.MyInvocation.BoundParameters;
        var problems = new List<string>();
        foreach (var parameter in Checks.GetOrAdd(cmdlet.GetType(), ChecksOf))
        {
            if (!bound.TryGetValue(parameter.Name, out var value))
            {
                continue;
            }

            var problem = TakeFailure(failures, parameter, value, row)
                ?? parameter.Validations.Select(v => v.ProblemWith(value)).FirstOrDefault(p => p is not null);
            if (problem is not null)
            {
                problems.Add($"-{parameter.Name}: {problem}");
            }
        }

        // A failure no parameter claims belongs to a row whose binding failed for another reason; PowerShell reported it.
        return problems;
    }

    private static string? TakeFailure(List<DeferredFailure>? failures, ParameterChecks parameter, object? value, object? row)
    {
        var failure = failures?.FirstOrDefault(f =>
            parameter.Transformations.Contains(f.Check) && IsDefault(value) && CameFrom(row, parameter, f.Given));
        if (failure is null)
        {
            return null;
        }

        failures!.Remove(failure);
        return failure.Problem;
    }

    private static bool IsDefault(object? value)
    {
        value = Unwrap(value);
        return value is null || (value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())));
    }

    /// <summary>True when the row's cell for the parameter holds the value that failed (or the row has no such cell).</summary>
    private static bool CameFrom(object? row, ParameterChecks parameter, object? given)
    {
        if (row is null)
        {
            return true;
        }

        var cell = parameter.Names.Select(n => PSObject.AsPSObject(row).Properties[n]).FirstOrDefault(p => p is not null);
        return cell is null || Equals(Unwrap(cell.Value), given);
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

    private static ParameterChecks[] ChecksOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttributes<ParameterAttribute>(inherit: true).Any())
            .Select(p => new ParameterChecks(
                p.Name,
                new[] { p.Name }.Concat(p.GetCustomAttributes<AliasAttribute>(inherit: true).SelectMany(a => a.AliasNames)).ToArray(),
                p.GetCustomAttributes<RowTransformationAttribute>(inherit: true).Select(t => t.GetType()).ToArray(),
                p.GetCustomAttributes<RowValidationAttribute>(inherit: true).ToArray()))
            .Where(p => p.Transformations.Length > 0 || p.Validations.Length > 0)
            .ToArray();

    private sealed class DeferredFailure
    {
        public DeferredFailure(Type check, object? given, string problem) => (Check, Given, Problem) = (check, given, problem);

        public Type Check { get; }

        public object? Given { get; }

        public string Problem { get; }
    }

    private sealed class ParameterChecks
    {
        public ParameterChecks(string name, string[] names, Type[] transformations, RowValidationAttribute[] validations) =>
            (Name, Names, Transformations, Validations) = (name, names, transformations, validations);

        public string Name { get; }

        /// <summary>The parameter's name and aliases: the columns a row's value can come from.</summary>
        public string[] Names { get; }

        public Type[] Transformations { get; }

        public RowValidationAttribute[] Validations { get; }
    }
}
