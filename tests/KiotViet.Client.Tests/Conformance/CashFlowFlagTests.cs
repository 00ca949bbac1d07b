using System.Text.Json;
using KiotViet.Json;
using Xunit;

namespace KiotViet.Client.Tests.Conformance;

/// <summary>cashflow's usedForFinancialReporting is typed int in the reference (2.14.1); a boolean is read as well.</summary>
public sealed class CashFlowFlagTests
{
    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("null", null)]
    public void Used_for_financial_reporting_is_read_as_the_documented_int_or_as_a_boolean(string value, bool? expected)
    {
        var row = JsonSerializer.Deserialize<CashFlow>($$"""{"id":7,"code":"TTHD000001","amount":50000,"usedForFinancialReporting":{{value}}}""", KiotVietJson.Options)!;

        Assert.Equal(expected, row.UsedForFinancialReporting);
        Assert.Equal(50000m, row.Amount);
    }
}
