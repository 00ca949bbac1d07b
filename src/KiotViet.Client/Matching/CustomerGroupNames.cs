using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KiotViet.Matching;

/// <summary>
/// Finds customer groups the way a CSV cell names them: as Get-KvCustomer exports them ("Khách VIP, Khách sỉ", the
/// names KiotViet joins with commas), also separated by ";" or "|", or by id. Names compare without regard to case
/// or Unicode normalization (Excel may save "Khách" decomposed).
/// </summary>
public static class CustomerGroupNames
{
    private static readonly char[] Separators = { ',', ';', '|' };

    /// <summary>The ids of the groups the cells name (each once, in order), or null with the reason in <paramref name="problem"/>.</summary>
    public static IReadOnlyList<long>? Resolve(IEnumerable<string?> cells, IReadOnlyCollection<CustomerGroup> groups, out string? problem)
    {
        problem = null;
        var ids = new List<long>();
        var unknown = new List<string>();
        foreach (var cell in cells.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            // A group whose own name holds a comma is found by the whole cell before the cell is split.
            if (Find(cell!, groups) is { } whole)
            {
                ids.Add(whole.Id);
                continue;
            }

            foreach (var name in cell!.Split(Separators).Select(n => n.Trim()).Where(n => n.Length > 0))
            {
                if (Find(name, groups) is { } group)
                {
                    ids.Add(group.Id);
                }
                else
                {
                    unknown.Add(name);
                }
            }
        }

        if (unknown.Count > 0)
        {
            var shown = groups.Select(g => $"'{g.Name}'").Take(10).ToList();
            problem = $"there is no customer group {string.Join(", ", unknown.Select(n => $"'{n}'"))} (the shop's groups: "
                + (shown.Count == 0 ? "none" : string.Join(", ", shown) + (groups.Count > shown.Count ? ", …" : string.Empty)) + ")";
            return null;
        }

        return ids.Distinct().ToList();
    }

    private static CustomerGroup? Find(string text, IEnumerable<CustomerGroup> groups)
    {
        var wanted = Normalize(text);
        if (long.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && groups.FirstOrDefault(g => g.Id == id) is { } byId)
        {
            return byId;
        }

        return groups.FirstOrDefault(g => g.Name is not null && string.Equals(Normalize(g.Name), wanted, StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalize(string text) => text.Trim().Normalize(NormalizationForm.FormC);
}
