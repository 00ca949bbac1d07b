using KiotViet.Matching;
using Xunit;

namespace KiotViet.Client.Tests.Input;

public sealed class PhoneRestoreTests
{
    [Theory]
    [InlineData("356011840", "0356011840")]
    [InlineData("912345678", "0912345678")]
    [InlineData(" 708123456 ", "0708123456")]
    [InlineData("2838123456", "02838123456")]
    public void A_number_that_lost_its_leading_zero_gets_it_back(string saved, string expected) =>
        Assert.Equal(expected, PhoneNumber.WithLostZeroRestored(saved));

    [Theory]
    [InlineData("0356011840")]
    [InlineData("123456789")] // no Vietnamese mobile starts with 1
    [InlineData("456011840")]
    [InlineData("35601184")]
    [InlineData("+84356011840")]
    [InlineData("356 011 840")]
    [InlineData(null)]
    public void Anything_else_is_left_alone(string? saved) => Assert.Null(PhoneNumber.WithLostZeroRestored(saved));
}
