using KiotViet.Writes;
using Xunit;

namespace KiotViet.Client.Tests.Writes;

public sealed class UpdateDifferenceTests
{
    private static readonly CustomerGroup[] Groups = { new() { Id = 1, Name = "Khách VIP" }, new() { Id = 2, Name = "Khách sỉ" } };

    private static readonly Customer Record = new()
    {
        Id = 9, Code = "KH000009", Name = "Lê Thị Hoa", ContactNumber = "0901 234 567", Email = "hoa@example.vn",
        BirthDate = new DateTime(1990, 5, 6), Groups = "Khách VIP, Khách sỉ", Gender = Gender.Female,
    };

    [Fact]
    public void A_row_holding_the_record_s_values_differs_in_nothing()
    {
        var row = new CustomerDraft
        {
            Code = "KH000009", Name = " Lê Thị Hoa ", ContactNumber = "0901234567", Email = "HOA@example.vn", Gender = Gender.Female,
            BirthDate = new DateTimeOffset(1990, 5, 6, 0, 0, 0, TimeSpan.FromHours(7)), GroupIds = new List<long> { 2, 1 },
        };

        Assert.True(UpdateDifference.Of(row, Record, () => Groups).IsEmpty);
    }

    [Fact]
    public void Only_the_fields_that_differ_are_kept()
    {
        var row = new CustomerDraft { Name = "Lê Thị Hoa", Email = "moi@example.vn", GroupIds = new List<long> { 1 } };

        var changes = UpdateDifference.Of(row, Record, () => Groups);

        Assert.Null(changes.Name);
        Assert.Equal("moi@example.vn", changes.Email);
        Assert.Equal(new long[] { 1 }, changes.GroupIds);
    }

    [Fact]
    public void Groups_a_record_was_read_without_are_sent()
    {
        var record = new Customer { Id = 9, Name = "Lê Thị Hoa", Groups = null };

        var changes = UpdateDifference.Of(new CustomerDraft { GroupIds = new List<long> { 1 } }, record, () => throw new InvalidOperationException("not needed"));

        Assert.Equal(new long[] { 1 }, changes.GroupIds);
    }

    [Fact]
    public void A_product_keeps_only_a_new_price()
    {
        var record = new Product { Id = 5, Code = "SP000005", Name = "Cà phê", BasePrice = 28000m, Weight = 250m };

        var changes = UpdateDifference.Of(new ProductDraft { Name = "Cà phê", BasePrice = 30000m, Weight = 250.0m }, record);

        Assert.Equal(new[] { "BasePrice" }, changes.GivenFields);
    }
}
