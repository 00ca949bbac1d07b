using System.Globalization;
using KiotViet.Input;
using Xunit;

namespace KiotViet.Client.Tests.Input;

public sealed class ShopDateTests
{
    [Theory]
    [InlineData("vi-VN", "05/06/2005", 2005, 6, 5)]
    [InlineData("vi-VN", "05/06/2005 00:00:00", 2005, 6, 5)]
    [InlineData("vi-VN", "05/06/2005 00:00:00 +07:00", 2005, 6, 5)]
    [InlineData("vi-VN", "5/6/2005", 2005, 6, 5)]
    [InlineData("en-US", "05/06/2005", 2005, 5, 6)]
    [InlineData("en-US", "5/6/2005 12:00:00 AM +07:00", 2005, 5, 6)]
    [InlineData("en-US", "5/6/2005 0:00", 2005, 5, 6)] // as Excel saves a date and time under en-US
    [InlineData("en-US", "23/11/2026", 2026, 11, 23)] // the culture cannot read it: day-first, which cannot be misread
    [InlineData("", "05/06/2005", 2005, 5, 6)]
    [InlineData("", "05/06/2005 00:00:00 +07:00", 2005, 5, 6)]
    [InlineData("vi-VN", "2005-05-06", 2005, 5, 6)]
    [InlineData("en-US", "2005-05-06T00:00:00+07:00", 2005, 5, 6)]
    [InlineData("", "2005-05-05T17:00:00Z", 2005, 5, 6)] // midnight in Vietnam
    [InlineData("vi-VN", "12/25/2005", 2005, 12, 25)] // the invariant culture's writing, which vi-VN cannot read
    public void Reads_the_day_the_culture_means_with_or_without_its_time(string culture, string text, int year, int month, int day)
    {
        Assert.True(ShopDate.TryRead(text, CultureInfo.GetCultureInfo(culture), out var value, out var problem), problem);
        Assert.Equal(new DateTime(year, month, day), value.Date);
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    [InlineData("")]
    public void What_a_culture_writes_reads_back_to_the_same_instant(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var instant = new DateTimeOffset(2005, 5, 6, 14, 30, 15, TimeSpan.FromHours(7));
        foreach (var written in new[] { instant.ToString(culture), instant.DateTime.ToString(culture), instant.ToUniversalTime().ToString(culture) })
        {
            Assert.True(ShopDate.TryRead(written, culture, out var value, out var problem), problem);
            Assert.Equal(instant.DateTime, value);
        }

        Assert.True(ShopDate.TryRead(instant.Date.ToString(culture.DateTimeFormat.ShortDatePattern, culture), culture, out var day, out _));
        Assert.Equal(instant.Date, day);
    }

    [Theory]
    [InlineData("not a date")]
    [InlineData("5/6")]
    [InlineData("2026-02-30")]
    [InlineData("31/02/2026")]
    public void Refuses_what_is_not_a_whole_date(string text)
    {
        Assert.False(ShopDate.TryRead(text, CultureInfo.GetCultureInfo("vi-VN"), out _, out var problem));
        Assert.Contains("is not a date", problem);
    }
}
