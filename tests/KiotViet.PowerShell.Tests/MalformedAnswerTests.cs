using System.Text.RegularExpressions;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Get-KvCustomer against every malformed answer the sandbox can serve: each ends in the complete result, in a result
/// whose missing rows are all announced by warnings, or in a terminating error naming the request — never a silent
/// partial result, never endless paging, never a raw .NET exception.
/// </summary>
public sealed class MalformedAnswerTests : IClassFixture<SandboxSession>
{
    private const string InvalidResponseId = "KiotVietInvalidResponse,KiotViet.Commands.GetKvCustomerCommand";
    private readonly SandboxSession shop;

    public MalformedAnswerTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    public static TheoryData<SandboxGarbageKind> HandledCompletely => new()
    {
        SandboxGarbageKind.TotalMissing,
        SandboxGarbageKind.TotalZero,
        SandboxGarbageKind.TotalNegative,
        SandboxGarbageKind.DuplicateRows,
        SandboxGarbageKind.CappedPageSize,
    };

    public static TheoryData<SandboxGarbageKind> HandledWithWarnings => new()
    {
        SandboxGarbageKind.NullRows,
        SandboxGarbageKind.MissingIds,
    };

    public static TheoryData<SandboxGarbageKind, string> EndedWithAnError => new()
    {
        { SandboxGarbageKind.DataMissing, "has no 'data' list" },
        { SandboxGarbageKind.DataNull, "has no 'data' list" },
        { SandboxGarbageKind.AllIdsMissing, "none with a usable id" },
        { SandboxGarbageKind.ZeroIds, "none with a usable id" },
        { SandboxGarbageKind.NegativeIds, "none with a usable id" },
        { SandboxGarbageKind.IdNotNumber, "at $.data[0].id" },
        { SandboxGarbageKind.TotalHuge, "is empty although its total says there are 2147483647 rows" },
        { SandboxGarbageKind.TotalGrowing, "brought no progress" },
        { SandboxGarbageKind.SamePage, "has exactly the rows of currentItem 0" },
        { SandboxGarbageKind.EmptyPage, "is empty although its total says there are 250 rows" },
        { SandboxGarbageKind.DateNotDate, "is not a date" },
        { SandboxGarbageKind.TimestampNotDate, "at $.timestamp" },
        { SandboxGarbageKind.WrongShape, "at $.data" },
        { SandboxGarbageKind.NullBody, "is not in the form the API documents" },
        { SandboxGarbageKind.TrailingText, "is not in the form the API documents" },
        { SandboxGarbageKind.NotJson, "is not JSON (it starts with '<!DOCTYPE html>" },
    };

    [Fact]
    public void Every_garbage_kind_is_covered_by_exactly_one_expectation()
    {
        var covered = Kinds(HandledCompletely)
            .Concat(Kinds(HandledWithWarnings))
            .Concat(Kinds(EndedWithAnError))
            .Append(SandboxGarbageKind.CutOff)
            .ToList();

        Assert.Equal(Enum.GetValues<SandboxGarbageKind>().OrderBy(k => k), covered.OrderBy(k => k));
    }

    private static IEnumerable<SandboxGarbageKind> Kinds(IEnumerable<object[]> rows) => rows.Select(r => (SandboxGarbageKind)r[0]);

    [Theory]
    [MemberData(nameof(HandledCompletely))]
    public void Answers_that_can_be_handled_give_every_customer_exactly_once(SandboxGarbageKind kind)
    {
        shop.Controls.ServeGarbage(new SandboxGarbage(kind));

        var result = shop.Shell.Run("Get-KvCustomer").ShouldSucceed();

        var ids = result.Output.Select(o => (long)o.Properties["Id"].Value).ToList();
        Assert.Equal(shop.Controls.CustomerCount, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(HandledWithWarnings))]
    public void Rows_without_an_id_are_skipped_and_every_one_is_announced_in_a_warning(SandboxGarbageKind kind)
    {
        shop.Controls.ServeGarbage(new SandboxGarbage(kind));

        var result = shop.Shell.Run("Get-KvCustomer").ShouldSucceed();

        var announced = result.Warnings.Select(w => Regex.Match(w, @"with (\d+) row\(s\) without a usable id")).Where(m => m.Success).Sum(m => int.Parse(m.Groups[1].Value));
        Assert.True(announced > 0, "no warning");
        // A row skipped on one page can still arrive in the overlap of the next, so warnings may announce more than is missing, never less.
        Assert.True(result.Output.Count + announced >= shop.Controls.CustomerCount, $"{result.Output.Count} returned, {announced} announced");
        Assert.True(result.Output.Count < shop.Controls.CustomerCount);
        Assert.All(result.Warnings, w => Assert.Contains("GET /customers?", w));
    }

    [Theory]
    [MemberData(nameof(EndedWithAnError))]
    public void Answers_that_cannot_be_believed_end_the_listing_with_a_terminating_error_naming_the_request(SandboxGarbageKind kind, string expected)
    {
        shop.Controls.ServeGarbage(new SandboxGarbage(kind));

        var result = shop.Shell.RunCatching("Get-KvCustomer");

        var error = Assert.IsType<System.Management.Automation.ErrorRecord>(result.Caught);
        Assert.Equal(InvalidResponseId, error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidResult, error.CategoryInfo.Category);
        Assert.Contains(expected, error.Exception.Message);
        Assert.Contains("GET /customers", error.Exception.Message);
        Assert.NotNull(error.ErrorDetails?.RecommendedAction);
        Assert.True(result.Output.Count < shop.Controls.CustomerCount || kind is SandboxGarbageKind.TotalHuge or SandboxGarbageKind.TotalGrowing);
    }

    [Fact]
    public void A_malformed_answer_is_not_retried()
    {
        shop.Controls.ServeGarbage(new SandboxGarbage(SandboxGarbageKind.NotJson));

        shop.Shell.RunCatching("Get-KvCustomer -PageSize 50");

        Assert.Equal(1, shop.Controls.RequestCount("GET", "/customers"));
    }

    [Fact]
    public void An_answer_cut_off_once_is_retried_and_nothing_is_lost()
    {
        shop.Controls.ServeGarbage(new SandboxGarbage(SandboxGarbageKind.CutOff, Count: 1));

        var result = shop.Shell.Run("Get-KvCustomer -Verbose").ShouldSucceed();

        Assert.Equal(shop.Controls.CustomerCount, result.Output.Count);
        Assert.Contains(result.Verbose, v => v.Contains("retry 1 of"));
    }

    [Fact]
    public void An_answer_cut_off_every_time_ends_after_the_retries_with_a_connection_error()
    {
        shop.Controls.ServeGarbage(new SandboxGarbage(SandboxGarbageKind.CutOff));

        var result = shop.Shell.RunCatching("Get-KvCustomer");

        Assert.Equal("KiotVietTransport,KiotViet.Commands.GetKvCustomerCommand", result.Caught?.FullyQualifiedErrorId);
        Assert.Contains("was cut off after", result.Caught!.Exception.Message);
        Assert.Contains("Gave up after 4 retries", result.Caught.Exception.Message);
    }
}
