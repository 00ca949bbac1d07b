using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Completes surcharge ids, shown with their code and name.</summary>
public sealed class SurchargeCompleter : LookupCompleter
{
    protected override async Task<IReadOnlyList<(long Id, string Name)>> Load(KiotVietConnection connection, CancellationToken cancellationToken) =>
        (await connection.Lookups.ListAsync(new SurchargeQuery(), cancellationToken).ConfigureAwait(false)).Select(s => (s.Id, $"{s.SurchargeCode} {s.SurchargeName}")).ToList();
}
