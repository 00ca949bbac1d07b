using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Every default table of the format file, rendered by Format-Table at a fixed width: at 80 columns a type keeps its
/// key columns (code, name, total, status, date), at 120 every column shows and no header wraps.
/// </summary>
public sealed class TableWidthTests
{
    // A sample of the view's type with every shown property set, so script-block columns run on real values.
    private const string RenderScript = """
        param([string] $TypeName, [string[]] $Properties, [int] $Width)
        $type = $TypeName -as [type]
        $real = $type -and $type.GetConstructor([type[]]@())
        if ($real) { $sample = $type::new() }
        else { $sample = [pscustomobject]@{}; $sample.PSTypeNames.Insert(0, $TypeName) }
        foreach ($name in $Properties) {
            $property = if ($type) { $type.GetProperty($name) }
            $kind = if ($property) { [Nullable]::GetUnderlyingType($property.PropertyType) ?? $property.PropertyType } else { [string] }
            $value = switch ($kind) {
                ([string]) { 'Nguyễn Thị Minh Khai' }
                ([DateTimeOffset]) { [DateTimeOffset]::new(2026, 12, 25, 12, 30, 0, [TimeSpan]::FromHours(7)) }
                ([DateTime]) { [DateTime]::new(2026, 12, 25, 12, 30, 0) }
                ([bool]) { $true }
                default { if ($kind.IsEnum) { [Enum]::GetValues($kind)[0] } elseif ($kind.IsPrimitive -or $kind -eq [decimal]) { [Convert]::ChangeType(1280000, $kind) } }
            }
            if (-not $real) { $sample | Add-Member -NotePropertyName $name -NotePropertyValue $value }
            elseif ($property.CanWrite -and $null -ne $value) { $property.SetValue($sample, $value) }
        }
        $sample | Format-Table -DisplayError | Out-String -Width $Width
        """;

    private static readonly (string Kind, Regex Label)[] KeyKinds =
    [
        ("code", new Regex("Code$")),
        ("name", new Regex("Name$")),
        ("total", new Regex("Total|Amount|Price")),
        ("status", new Regex("Status")),
        ("date", new Regex("Date$")),
    ];

    [Fact]
    public void At_80_columns_every_table_keeps_its_key_columns()
    {
        var failures = new List<string>();
        using var session = new PowerShellSession();
        foreach (var view in TableViews())
        {
            var header = Render(session, view, 80, out var text);
            var missing = KeyColumns(view.Labels).Where(k => !header.Words.Contains(k)).ToList();
            if (missing.Count > 0 || text.Contains("#ERR", StringComparison.Ordinal))
            {
                failures.Add($"{view.TypeName} lacks {string.Join(", ", missing)} at 80 columns:\n{text}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void At_120_columns_every_table_shows_every_column_on_one_header_line()
    {
        var failures = new List<string>();
        using var session = new PowerShellSession();
        foreach (var view in TableViews())
        {
            var header = Render(session, view, 120, out var text);
            var missing = view.Labels.Where(l => !header.Words.Contains(l)).ToList();
            if (header.Lines > 1 || missing.Count > 0 || text.Contains("#ERR", StringComparison.Ordinal))
            {
                failures.Add($"{view.TypeName} at 120 columns: header on {header.Lines} line(s), missing {string.Join(", ", missing)}:\n{text}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Key_columns_are_found_in_the_views_that_have_them()
    {
        var invoice = TableViews().Single(v => v.TypeName == "KiotViet.Invoice");

        Assert.Equal(["Code", "CustomerName", "Total", "Status", "PurchaseDate"], KeyColumns(invoice.Labels));
    }

    [Fact]
    public void Table_dates_read_the_same_in_every_culture()
    {
        using var session = new PowerShellSession();
        var invoice = TableViews().Single(v => v.TypeName == "KiotViet.Invoice");

        session.Run("[cultureinfo]::CurrentCulture = 'vi-VN'").ShouldSucceed();
        Render(session, invoice, 80, out var text);

        Assert.Contains("2026-12-25 12:30", text);
    }

    /// <summary>For each kind of key column, the first label of that kind (a code, else the Id).</summary>
    private static List<string> KeyColumns(IReadOnlyList<string> labels)
    {
        var keys = new List<string>();
        foreach (var (kind, label) in KeyKinds)
        {
            var first = labels.FirstOrDefault(label.IsMatch) ?? (kind == "code" ? labels.FirstOrDefault(l => l == "Id") : null);
            if (first is not null)
            {
                keys.Add(first);
            }
        }

        return keys;
    }

    private static (HashSet<string> Words, int Lines) Render(PowerShellSession session, TableView view, int width, out string text)
    {
        var result = session.Run(RenderScript.Replace("param(", "& { param(", StringComparison.Ordinal) + " } -TypeName $t -Properties $p -Width $w",
            new Dictionary<string, object?> { ["t"] = view.TypeName, ["p"] = view.Properties.ToArray(), ["w"] = width }).ShouldSucceed();
        text = string.Concat(result.Output.Select(o => o.ToString()));
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r', ' ')).SkipWhile(l => l.Length == 0).ToList();
        var rule = lines.FindIndex(l => l.Length > 0 && l.All(c => c is '-' or ' '));
        Assert.True(rule > 0, $"{view.TypeName}: no header rule in\n{text}");
        var words = lines.Take(rule).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        return (words, rule);
    }

    private static List<TableView> TableViews()
    {
        var formatFile = XDocument.Load(Path.Combine(PowerShellSession.ModuleFolder, "KiotViet.format.ps1xml"));
        var views = formatFile.Descendants("View").Where(v => v.Element("TableControl") is not null).Select(v => new TableView(
            v.Element("ViewSelectedBy")!.Element("TypeName")!.Value,
            v.Descendants("TableColumnHeader").Select(h => h.Element("Label")!.Value).ToList(),
            v.Descendants("TableColumnItem").Select(PropertyOf).ToList())).ToList();
        Assert.NotEmpty(views);
        return views;
    }

    // A column shows a property by name or through a script block reading $_.<Property>.
    private static string PropertyOf(XElement item) =>
        item.Element("PropertyName")?.Value ?? Regex.Match(item.Element("ScriptBlock")!.Value, @"\$_\.(\w+)").Groups[1].Value;

    private sealed record TableView(string TypeName, List<string> Labels, List<string> Properties);
}
