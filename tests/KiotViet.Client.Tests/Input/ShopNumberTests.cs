using System.Globalization;
using KiotViet.Input;
using Xunit;

namespace KiotViet.Client.Tests.Input;

public sealed class ShopNumberTests
{
    [Theory]
    [InlineData("vi-VN", "15.000", "15000")] // how Vietnamese Excel writes fifteen thousand
    [InlineData("vi-VN", "15000,5", "15000.5")] // what Export-Csv writes for 15000.5 under vi-VN
    [InlineData("vi-VN", "1.234.567,89", "1234567.89")]
    [InlineData("vi-VN", "280.000 ₫", "280000")]
    [InlineData("vi-VN", "280000đ", "280000")]
    [InlineData("vi-VN", "0,125", "0.125")]
    [InlineData("vi-VN", "15000.5", "15000.5")] // ISO-style: the culture cannot read it, it cannot be misread
    [InlineData("vi-VN", "1.5", "1.5")]
    [InlineData("vi-VN", "1,234.5", "1234.5")]
    [InlineData("vi-VN", "-15.000", "-15000")]
    [InlineData("en-US", "15,000", "15000")]
    [InlineData("en-US", "15000.5", "15000.5")]
    [InlineData("en-US", "1,234,567.89", "1234567.89")]
    [InlineData("en-US", "1.234.567,89", "1234567.89")]
    [InlineData("en-US", "15000,5", "15000.5")]
    [InlineData("en-US", "0.125", "0.125")]
    [InlineData("en-US", "15.0", "15")]
    [InlineData("", "15000.5", "15000.5")]
    [InlineData("", "15 000", "15000")]
    [InlineData("", "280000", "280000")]
    [InlineData("", "1234.567", "1234.567")]
    [InlineData("fr-FR", "15\u202F000,5", "15000.5")]
    public void Reads_the_number_the_culture_means(string culture, string text, string expected)
    {
        Assert.True(ShopNumber.TryRead(text, CultureInfo.GetCultureInfo(culture), out var value, out var problem), problem);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("", "15.000", "15", "15,000")] // a VND amount from a Vietnamese file in an invariant-culture runbook
    [InlineData("en-US", "15.000", "15", "15,000")]
    [InlineData("en-US", "1.500", "1.5", "1,500")]
    [InlineData("vi-VN", "15,000", "15", "15.000")]
    public void Refuses_a_text_that_could_mean_two_numbers_naming_both(string culture, string text, string first, string second)
    {
        Assert.False(ShopNumber.TryRead(text, CultureInfo.GetCultureInfo(culture), out _, out var problem));
        Assert.Contains($"could mean {first} or {second}", problem);
        Assert.Contains("Write ", problem);
    }

    [Theory]
    [InlineData("", "abc")]
    [InlineData("vi-VN", "1.2.3")]
    [InlineData("en-US", "12,34,5")]
    [InlineData("en-US", "1e5")]
    [InlineData("vi-VN", "15.00.0")]
    [InlineData("en-US", "15.")]
    [InlineData("en-US", "-")]
    public void Refuses_what_is_not_a_number(string culture, string text)
    {
        Assert.False(ShopNumber.TryRead(text, CultureInfo.GetCultureInfo(culture), out _, out var problem));
        Assert.Contains($"'{text}' is not a number", problem);
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    [InlineData("")]
    public void What_a_culture_writes_for_money_reads_back_to_the_same_value(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        foreach (var amount in new[] { 0m, 15m, 15000m, 15000.5m, 280000m, 1234567.25m, 0.125m, 1500000m, -2500m })
        {
            Assert.True(ShopNumber.TryRead(amount.ToString(culture), culture, out var value, out var problem), problem);
            Assert.Equal(amount, value);
            Assert.True(ShopNumber.TryRead(amount.ToString("#,0.###", culture), culture, out value, out problem), problem); // Excel's grouped format
            Assert.Equal(amount, value);
        }
    }
}
