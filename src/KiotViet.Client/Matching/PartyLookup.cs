using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Paging;

namespace KiotViet.Matching;

/// <summary>
/// Finds the branch or supplier a user named in a row: by id, by code, or by name when exactly one has it. What is
/// found is kept for the run, so a CSV naming the same supplier on every line reads it once. A name that matches
/// nothing, or several, is a <see cref="PartyLookupException"/> saying which.
/// </summary>
public sealed class PartyLookup
{
    private readonly KiotVietConnection connection;
    private readonly ConcurrentDictionary<string, Supplier> suppliers = new(StringComparer.OrdinalIgnoreCase);

    public PartyLookup(KiotVietConnection connection) => this.connection = connection;

    /// <summary>The branch with this id, code or name (the shop's branches, cached for a few minutes).</summary>
    public async Task<Branch> BranchAsync(string text, CancellationToken cancellationToken)
    {
        var wanted = text.Trim();
        var branches = await connection.Lookups.BranchesAsync(cancellationToken).ConfigureAwait(false);
        if (long.TryParse(wanted, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && branches.FirstOrDefault(b => b.Id == id) is { } byId)
        {
            return byId;
        }

        var matches = branches.Where(b => Same(b.BranchName, wanted)).ToList();
        if (matches.Count == 0)
        {
            matches = branches.Where(b => Same(b.BranchCode, wanted)).ToList();
        }

        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new PartyLookupException($"No branch is named '{wanted}' (the shop's branches: {string.Join(", ", branches.Select(b => $"{b.Id} {b.BranchName}"))})."),
            _ => throw new PartyLookupException($"{matches.Count} branches are named '{wanted}': give the id ({string.Join(", ", matches.Select(b => b.Id))})."),
        };
    }

    /// <summary>The supplier with this id, code or (unique) name, read from KiotViet the first time it is named.</summary>
    public async Task<Supplier> SupplierAsync(string text, CancellationToken cancellationToken)
    {
        var wanted = text.Trim();
        if (suppliers.TryGetValue(wanted, out var known))
        {
            return known;
        }

        var found = await FindSupplierAsync(wanted, cancellationToken).ConfigureAwait(false);
        suppliers[wanted] = found;
        return found;
    }

    private async Task<Supplier> FindSupplierAsync(string wanted, CancellationToken cancellationToken)
    {
        if (long.TryParse(wanted, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            try
            {
                return await connection.Reads.GetAsync<Supplier>(id, cancellationToken).ConfigureAwait(false);
            }
            catch (KiotVietApiException ex) when (ex.Kind == KiotVietErrorKind.NotFound)
            {
                // Not an id: it may still be a code made of digits.
            }
        }

        var byCode = await ListAsync(new SupplierQuery { Code = wanted }, cancellationToken).ConfigureAwait(false);
        if (byCode.FirstOrDefault(s => Same(s.Code, wanted)) is { } coded)
        {
            return coded;
        }

        var byName = (await ListAsync(new SupplierQuery { Name = wanted }, cancellationToken).ConfigureAwait(false)).Where(s => Same(s.Name, wanted)).ToList();
        return byName.Count switch
        {
            1 => byName[0],
            0 => throw new PartyLookupException($"No supplier has the id, code or name '{wanted}' (Get-KvSupplier lists them)."),
            _ => throw new PartyLookupException($"{byName.Count} suppliers are named '{wanted}': give the code ({string.Join(", ", byName.Select(s => s.Code))})."),
        };
    }

    private Task<System.Collections.Generic.List<Supplier>> ListAsync(SupplierQuery query, CancellationToken cancellationToken) =>
        Task.Run(() => connection.Reads.List(query, new PageRequest(), cancellationToken).ToList(), cancellationToken);

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b, StringComparison.CurrentCultureIgnoreCase);
}

/// <summary>A branch or supplier named in a row that KiotViet does not have (or has more than one of).</summary>
public sealed class PartyLookupException : Exception
{
    public PartyLookupException(string message)
        : base(message)
    {
    }
}
