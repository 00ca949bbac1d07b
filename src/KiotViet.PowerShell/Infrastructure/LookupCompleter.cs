using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Completes ids from the connection's cached reference lists, matching what was typed against the id or the
/// name. Gives up quietly after a short timeout, and never prompts or throws: completion must never hurt.
/// </summary>
public abstract class LookupCompleter : IArgumentCompleter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var connection = (fakeBoundParameters["Connection"] is PSObject { BaseObject: KiotVietConnection bound } ? bound : fakeBoundParameters["Connection"] as KiotVietConnection) ?? ConnectionRegistry.Get();
        if (connection is null || connection.IsDisposed)
        {
            return Array.Empty<CompletionResult>();
        }

        IReadOnlyList<(long Id, string Name)> items;
        try
        {
            using var cancellation = new CancellationTokenSource(Timeout);
            var load = Load(connection, cancellation.Token);
            if (!load.Wait(Timeout))
            {
                return Array.Empty<CompletionResult>();
            }

            items = load.Result;
        }
        catch (Exception)
        {
            return Array.Empty<CompletionResult>();
        }

        var typed = wordToComplete.Trim('\'', '"');
        var pattern = new WildcardPattern(typed + "*", WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
        return items
            .Where(i => typed.Length == 0 || pattern.IsMatch(i.Id.ToString(CultureInfo.InvariantCulture)) || i.Name.IndexOf(typed, StringComparison.CurrentCultureIgnoreCase) >= 0)
            .Select(i => new CompletionResult(i.Id.ToString(CultureInfo.InvariantCulture), $"{i.Id} {i.Name}", CompletionResultType.ParameterValue, i.Name))
            .ToList();
    }

    protected abstract Task<IReadOnlyList<(long Id, string Name)>> Load(KiotVietConnection connection, CancellationToken cancellationToken);
}

/// <summary>Completes branch ids.</summary>
public sealed class BranchCompleter : LookupCompleter
{
    protected override async Task<IReadOnlyList<(long Id, string Name)>> Load(KiotVietConnection connection, CancellationToken cancellationToken) =>
        (await connection.Lookups.BranchesAsync(cancellationToken).ConfigureAwait(false)).Select(b => (b.Id, b.BranchName ?? "")).ToList();
}

/// <summary>Completes category ids, showing each category's path.</summary>
public sealed class CategoryCompleter : LookupCompleter
{
    protected override async Task<IReadOnlyList<(long Id, string Name)>> Load(KiotVietConnection connection, CancellationToken cancellationToken) =>
        (await connection.Lookups.CategoriesAsync(cancellationToken).ConfigureAwait(false)).Select(c => (c.Id, c.Path ?? c.CategoryName ?? "")).ToList();
}

/// <summary>Completes customer group ids.</summary>
public sealed class CustomerGroupCompleter : LookupCompleter
{
    protected override async Task<IReadOnlyList<(long Id, string Name)>> Load(KiotVietConnection connection, CancellationToken cancellationToken) =>
        (await connection.Lookups.CustomerGroupsAsync(cancellationToken).ConfigureAwait(false)).Select(g => (g.Id, g.Name ?? "")).ToList();
}

/// <summary>Completes price book ids.</summary>
public sealed class PriceBookCompleter : LookupCompleter
{
    protected override async Task<IReadOnlyList<(long Id, string Name)>> Load(KiotVietConnection connection, CancellationToken cancellationToken) =>
        (await connection.Lookups.ListAsync(new PriceBookQuery(), cancellationToken).ConfigureAwait(false)).Select(b => (b.Id, b.Name ?? "")).ToList();
}

/// <summary>Completes voucher campaign ids.</summary>
public sealed class VoucherCampaignCompleter : LookupCompleter
{
    protected override async Task<IReadOnlyList<(long Id, string Name)>> Load(KiotVietConnection connection, CancellationToken cancellationToken) =>
        (await connection.Lookups.ListAsync(new VoucherCampaignQuery(), cancellationToken).ConfigureAwait(false)).Select(c => (c.Id, c.Name ?? "")).ToList();
}
