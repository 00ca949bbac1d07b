using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// The round trip admins do most: export to CSV, edit in Excel, import. For every type the module writes,
/// <c>Get-X | Export-Csv</c> then <c>Import-Csv | New-X</c> or <c>| Set-X</c> accepts every row and changes nothing
/// (dates, genders, groups, branch ids, empty cells), whatever culture the shell runs in.
/// </summary>
public sealed class CsvRoundTripTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public CsvRoundTripTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    /// <summary>
    /// One line per type the module writes. Export: the listing exported to CSV. Rewrite: what turns the CSV rows
    /// back into the shop (it may first make room, e.g. delete the records it re-creates). Key: how a record is
    /// matched after the round trip. Ignored: properties the server sets itself.
    /// </summary>
    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var culture in new[] { "", "vi-VN", "en-US" })
            {
                data.Add("Customer via Set-KvCustomer", culture);
                data.Add("Customer via New-KvCustomer", culture);
            }

            return data;
        }
    }

    private static readonly Dictionary<string, RoundTrip> Trips = new()
    {
        ["Customer via Set-KvCustomer"] = new(
            Export: "Get-KvCustomer -IncludeGroups",
            Rewrite: "$rows | Set-KvCustomer -PassThru",
            Key: "Id",
            Ignored: ["ModifiedDate"]),
        ["Customer via New-KvCustomer"] = new(
            Export: "Get-KvCustomer -IncludeGroups | Where-Object { $_.Id % 3 -eq 0 }",
            Rewrite: "$before | Remove-KvCustomer -Confirm:$false; $rows | New-KvCustomer",
            Key: "Code",
            Ignored: ["Id", "CreatedDate", "ModifiedDate", "Debt", "TotalInvoiced", "TotalPoint", "TotalRevenue", "RewardPoint", "Type"]),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Csv_export_then_import_accepts_every_row_and_changes_nothing(string trip, string culture)
    {
        var (export, rewrite, key, ignored) = Trips[trip];
        var csv = Path.Combine(Path.GetTempPath(), $"kv-roundtrip-{Guid.NewGuid():N}.csv");
        try
        {
            var result = shop.Shell.Run($$"""
                [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo('{{culture}}')
                $before = @({{export}})
                $before | Export-Csv -Path '{{csv}}' -NoTypeInformation -Encoding utf8BOM
                $rows = @(Import-Csv -Path '{{csv}}' -Encoding utf8BOM)
                $written = @({{rewrite}})
                $after = @({{export.Split('|')[0]}}) | Group-Object -Property {{key}} -AsHashTable -AsString
                $ignored = '{{string.Join("','", ignored)}}'
                $changes = foreach ($old in $before) {
                    $new = $after["$($old.{{key}})"]
                    if (-not $new) { "$($old.{{key}}): gone"; continue }
                    foreach ($property in $old.PSObject.Properties | Where-Object Name -NotIn $ignored) {
                        $was = $property.Value; $now = $new[0].($property.Name)
                        if (-not [object]::Equals($was, $now)) { "$($old.{{key}}).$($property.Name): '$was' became '$now'" }
                    }
                }
                [pscustomobject]@{
                    Rows = $rows.Count; Written = $written.Count; Changes = @($changes)
                    Dated = @($rows | Where-Object BirthDate).Count; Gendered = @($rows | Where-Object Gender).Count
                    Grouped = @($before | Where-Object Groups).Count; Branched = @($rows | Where-Object BranchId).Count
                    EmptyCells = @($rows | Where-Object { -not $_.Email -or -not $_.Comments }).Count
                    Culture = [cultureinfo]::CurrentCulture.Name
                }
                """).ShouldSucceed();

            var summary = result.Output.Single();
            int Count(string name) => Convert.ToInt32(summary.Properties[name].Value);
            Assert.Equal(culture, summary.Properties["Culture"].Value);
            Assert.True(Count("Rows") > 10, $"only {Count("Rows")} rows exported");
            Assert.Equal(Count("Rows"), Count("Written"));
            Assert.Empty(((object[])summary.Properties["Changes"].Value).Select(c => c.ToString()));

            // The sample must hold what the round trip is about, or the test proves nothing.
            Assert.True(Count("Dated") > 0, "no row with a birth date");
            Assert.True(Count("Gendered") > 0, "no row with a gender");
            Assert.True(Count("Grouped") > 0, "no customer in a group");
            Assert.True(Count("Branched") > 0, "no row with a branch id");
            Assert.True(Count("EmptyCells") > 0, "no row with an empty cell");
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private sealed record RoundTrip(string Export, string Rewrite, string Key, string[] Ignored);
}
