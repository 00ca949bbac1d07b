using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// More than a hundred inputs that cannot be right. Each gives a clear error with a stable id (never a raw .NET
/// exception), and none of them reaches the server: the sandbox's request log stays empty.
/// </summary>
public sealed class BadInputCorpusTests : IClassFixture<SandboxSession>, IDisposable
{
    private const string Invalid = "ParameterArgumentValidationError";
    private const string NotADate = "ParameterArgumentTransformationError";
    private const string Settings = "KiotVietInvalidConnectionSettings";

    private static readonly string[] ControlCharacters = { "`0", "`e", "`n", "`a", "$([char]0x7F)" };

    private static readonly string[] TextParameters =
    {
        "Get-KvCustomer -Name 'Lan{0}'",
        "Get-KvCustomer -Code 'KH{0}01'",
        "Get-KvInvoice -Code 'HD{0}01'",
        "Get-KvInvoice -CustomerCode 'KH{0}'",
        "Get-KvOrder -Code 'DH{0}'",
        "Get-KvProduct -Code 'SP{0}'",
        "Get-KvBranch -Name 'Chi nhánh{0}'",
        "Get-KvCategory -Name 'Đồ{0}uống'",
        "Get-KvCustomerGroup -Name 'VIP{0}'",
        "New-KvCustomer -Name 'Trần{0}Bình'",
        "Set-KvCustomer -Id 1 -Name 'Trần{0}Bình'",
        "Find-KvCustomer -Email 'lan{0}@example.com'",
        "New-KvCustomer -Name 'Lan' -Code 'KH{0}'",
    };

    private readonly SandboxSession shop;
    private readonly string temp = Path.Combine(Path.GetTempPath(), "kv-bad-input-" + Guid.NewGuid().ToString("N"));

    public BadInputCorpusTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
        Directory.CreateDirectory(temp);
        shop.Shell.Runspace.SessionStateProxy.SetVariable("kvTemp", temp);
    }

    public static TheoryData<string, string> Corpus()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in TextParameters)
        {
            foreach (var c in ControlCharacters)
            {
                data.Add(template.Replace("'", "\"").Replace("{0}", c), Invalid);
            }
        }

        var tooLong = new[]
        {
            "Get-KvCustomer -Name ('x' * 256)", "Get-KvCustomer -Code ('K' * 101)", "Get-KvInvoice -Code ('H' * 101)",
            "New-KvCustomer -Name ('Lan' * 100)", "New-KvCustomer -Name 'Lan' -Comments ('x' * 4001)", "Find-KvCustomer -Email (('a' * 250) + '@b.vn')",
            "New-KvCustomer -Name 'Lan' -Address ('x' * 501)",
        };
        var ids = new[]
        {
            "Get-KvCustomer -Id 0", "Get-KvCustomer -Id -5", "Get-KvCustomer -GroupId 0", "Get-KvCustomer -GroupId -1",
            "Get-KvInvoice -Id 0", "Get-KvInvoice -BranchId 0", "Get-KvInvoice -BranchId -3", "Get-KvInvoice -CustomerId 0",
            "Get-KvInvoice -OrderId -1", "Get-KvOrder -Id -1", "Get-KvOrder -BranchId -1", "Get-KvOrder -CustomerId -2",
            "Get-KvProduct -Id 0", "Get-KvProduct -CategoryId -1", "Set-KvCustomer -Id 0 -Name 'Lan'", "Remove-KvCustomer -Id 0 -Confirm:$false",
            "Get-KvWebhook -Id 0", "Unregister-KvWebhook -Id -1 -Confirm:$false", "New-KvCustomer -Name 'Lan' -BranchId 0",
            "New-KvCustomer -Name 'Lan' -GroupId '3;-4'", "New-KvOrder -BranchId 0 -CustomerId 1 -Line @{ ProductId = 1; Quantity = 1 }",
        };
        var dates = new[]
        {
            "Get-KvCustomer -ModifiedSince '0001-01-01'", "Get-KvCustomer -ModifiedSince ([datetime]::MinValue)",
            "Get-KvCustomer -ModifiedSince ([datetime]::MaxValue)", "Get-KvCustomer -ModifiedSince '9999-12-31'",
            "Get-KvCustomer -ModifiedSince '1899-12-31'", "Get-KvInvoice -ModifiedSince '0001-01-01'",
            "Get-KvInvoice -FromPurchaseDate '0001-01-01'", "Get-KvInvoice -ToPurchaseDate ([datetime]::MaxValue)",
            "Get-KvOrder -ModifiedUntil '9999-12-31'", "Get-KvOrder -ModifiedSince ([datetime]::MinValue)",
            "Get-KvProduct -ModifiedSince '0001-01-01'", "Get-KvBranch -ModifiedSince ([datetime]::MaxValue)",
            "New-KvCustomer -Name 'Lan' -BirthDate '0001-01-01'", "New-KvCustomer -Name 'Lan' -BirthDate ([datetime]::MaxValue)",
        };
        var notDates = new[]
        {
            "Get-KvCustomer -ModifiedSince '2026-13-45'", "Get-KvCustomer -ModifiedSince 'yesterday'", "Get-KvInvoice -FromPurchaseDate '31/02/2026'",
            "Get-KvOrder -ModifiedSince '2026-02-30'", "New-KvCustomer -Name 'Lan' -BirthDate 'not a date'",
        };
        var reversed = new[]
        {
            "Get-KvInvoice -FromPurchaseDate '2026-02-01' -ToPurchaseDate '2026-01-01'",
            "Get-KvInvoice -ModifiedSince '2026-03-01' -ModifiedUntil '2026-01-01'",
            "Get-KvOrder -ModifiedSince '2026-03-01 10:00' -ModifiedUntil '2026-03-01 09:00'",
        };
        var paging = new[]
        {
            ("Get-KvCustomer -Skip 3000000000", "KiotVietSkipTooLarge"), ("Get-KvInvoice -Skip 2147483648", "KiotVietSkipTooLarge"),
            ("Get-KvOrder -Skip ([long]::MaxValue)", "KiotVietSkipTooLarge"), ("Get-KvProduct -Skip 9999999999", "KiotVietSkipTooLarge"),
            ("Get-KvCustomer -PageSize 0", Invalid), ("Get-KvCustomer -PageSize 101", Invalid), ("Get-KvInvoice -PageSize -1", Invalid),
            ("Get-KvCustomer -First -1", "CannotConvertArgumentNoMessage"),
        };
        var phones = new[]
        {
            "Find-KvCustomer -ContactNumber abc", "Find-KvCustomer -ContactNumber '12'", "Find-KvCustomer -ContactNumber '+'",
            "Find-KvCustomer -ContactNumber '090-abc-123'", "Find-KvCustomer -ContactNumber \"0901`0234567\"", "Get-KvCustomer -ContactNumber abc",
            "Get-KvCustomer -ContactNumber '++84'",
        };
        var syncStates = new[]
        {
            ("Get-KvCustomer -SyncState $kvTemp", "KiotVietSyncStateNotWritable"),
            ("[IO.File]::WriteAllText(([IO.Path]::Combine($kvTemp, 'f')), 'x'); Get-KvCustomer -SyncState ([IO.Path]::Combine($kvTemp, 'f/state.json'))", "KiotVietSyncStateNotWritable"),
            ("[IO.File]::WriteAllText(([IO.Path]::Combine($kvTemp, 'f')), 'x'); Get-KvInvoice -SyncState ([IO.Path]::Combine($kvTemp, 'f/deeper/state.json'))", "KiotVietSyncStateNotWritable"),
            (SyncFile("{\"entity\":null,\"retailer\":null}"), "KiotVietInvalidSyncState"),
            (SyncFile("{\"entity\":\"Customer\",\"retailer\":\"$($kvRetailer)\",\"watermark\":\"0001-01-01T00:00:00+00:00\"}"), "KiotVietInvalidSyncState"),
            (SyncFile("{\"entity\":\"Customer\",\"retailer\":\"$($kvRetailer)\",\"watermark\":\"2999-01-01T00:00:00+07:00\"}"), "KiotVietInvalidSyncState"),
            (SyncFile("{\"entity\":\"Customer\",\"retailer\":\"$($kvRetailer)\",\"delivered\":null}"), "KiotVietInvalidSyncState"),
            (SyncFile("{\"entity\":\"Customer\",\"retailer\":\"$($kvRetailer)\",\"delivered\":[null]}"), "KiotVietInvalidSyncState"),
            (SyncFile("{\"formatVersion\":99,\"entity\":\"Customer\",\"retailer\":\"$($kvRetailer)\"}"), "KiotVietInvalidSyncState"),
            (SyncFile("{\"entity\":\"Customer\",\"retailer\":\"$($kvRetailer)\",\"overlap\":\"-1.00:00:00\"}"), "KiotVietInvalidSyncState"),
            (SyncFile("{\"entity\":\"Customer\",\"retailer\":\"$($kvRetailer)\",\"watermark\":\"2026-02-30T00:00:00\"}"), "KiotVietInvalidSyncState"),
            (SyncFile("null"), "KiotVietInvalidSyncState"),
            (SyncFile("not json at all"), "KiotVietInvalidSyncState"),
        };
        const string connect = "Connect-KiotViet -Retailer $kvRetailer -ClientId $kvClientId -ClientSecret (New-SecureText $kvSecret) -PassThru ";
        var connections = new[]
        {
            (connect + "-ApiBaseUri 'api/v1' -TokenUri $kvToken", Settings),
            (connect + "-ApiBaseUri $kvApi -TokenUri 'connect/token'", Settings),
            (connect + "-ApiBaseUri 'http://example.com/api' -TokenUri $kvToken", Settings),
            (connect + "-ApiBaseUri 'ftp://127.0.0.1/' -TokenUri $kvToken", Settings),
            (connect + "-ApiBaseUri $kvApi -TokenUri $kvToken -InitialRetryDelay '-00:00:01'", Invalid),
            (connect + "-ApiBaseUri $kvApi -TokenUri $kvToken -InitialRetryDelay '1.00:00:00'", Invalid),
            (connect + "-ApiBaseUri $kvApi -TokenUri $kvToken -MaxRetryCount -1", Invalid),
            (connect + "-ApiBaseUri $kvApi -TokenUri $kvToken -TimeoutSec 0", Invalid),
            (connect + "-ApiBaseUri $kvApi -TokenUri $kvToken -MaxGetRequestsPerHour 0", Invalid),
            ("Connect-KiotViet -Retailer \"my`0shop\" -ClientId $kvClientId -ClientSecret (New-SecureText $kvSecret) -ApiBaseUri $kvApi -TokenUri $kvToken -PassThru", Invalid),
            ("Connect-KiotViet -Retailer 'my shop' -ClientId $kvClientId -ClientSecret (New-SecureText $kvSecret) -ApiBaseUri $kvApi -TokenUri $kvToken -PassThru", Settings),
            ("Connect-KiotViet -Retailer $kvRetailer -ClientId \"id`e\" -ClientSecret (New-SecureText $kvSecret) -ApiBaseUri $kvApi -TokenUri $kvToken -PassThru", Invalid),
        };

        foreach (var script in tooLong.Concat(ids).Concat(dates).Concat(phones))
        {
            data.Add(script, Invalid);
        }

        foreach (var script in notDates)
        {
            data.Add(script, NotADate);
        }

        foreach (var script in reversed)
        {
            data.Add(script, "KiotVietDateRangeReversed");
        }

        foreach (var (script, id) in paging.Concat(syncStates).Concat(connections))
        {
            data.Add(script, id);
        }

        return data;
    }

    private static string SyncFile(string json) =>
        $"$p = [IO.Path]::Combine($kvTemp, 'state.json'); [IO.File]::WriteAllText($p, \"{json.Replace("\"", "`\"")}\"); Get-KvCustomer -SyncState $p";

    [Fact]
    public void The_corpus_has_more_than_a_hundred_inputs()
    {
        Assert.True(Corpus().Count() > 100, $"{Corpus().Count()} inputs");
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_bad_input_gives_a_clear_error_with_a_stable_id_and_sends_nothing(string script, string expectedId)
    {
        var result = shop.Shell.RunCatching(script);

        var errors = result.Errors.Concat(result.Caught is null ? Enumerable.Empty<ErrorRecord>() : new[] { result.Caught }).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.False(e.FullyQualifiedErrorId.StartsWith("System.", StringComparison.Ordinal), e.FullyQualifiedErrorId));
        Assert.Contains(errors, e => e.FullyQualifiedErrorId.Split(',')[0] == expectedId);
        Assert.DoesNotContain(result.Output, o => o?.BaseObject?.GetType().Namespace == "KiotViet");
        Assert.Empty(shop.Controls.Requests);
    }

    [Fact]
    public void Webhook_bodies_that_are_not_utf8_are_refused_or_fail_verification_without_a_crash()
    {
        var result = shop.Shell.Run("""
            [byte[]] $bad = [Text.Encoding]::UTF8.GetBytes('{"Notifications":[{"Action":"customer.update.1","Data":[{"Name":"') + [byte[]](0xC3, 0x28, 0xFF) + [Text.Encoding]::UTF8.GetBytes('"}]}]}')
            ConvertFrom-KvWebhook -Body $bad
            ConvertFrom-KvWebhook -Body ([byte[]](0xFF, 0xFE, 0x7B))
            Test-KvWebhookSignature -Body $bad -Signature 'sha256=00ff' -Secret 'webhook-secret'
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietWebhookPayloadInvalid,", e.FullyQualifiedErrorId));
        Assert.Contains("not valid UTF-8", result.Errors[0].Exception.Message);
        Assert.Equal(false, Assert.Single(result.Output).BaseObject);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(temp, recursive: true);
        }
        catch (IOException)
        {
            // best effort: the folder lives under the temp path
        }
    }
}
