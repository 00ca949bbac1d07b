using System.Text;
using KiotViet.Matching;
using Xunit;

namespace KiotViet.Client.Tests.Matching;

public sealed class CustomerGroupNamesTests
{
    private static readonly CustomerGroup[] Groups =
    {
        new() { Id = 200001, Name = "Khách VIP" },
        new() { Id = 200002, Name = "Khách sỉ" },
        new() { Id = 200003, Name = "Sỉ, lẻ" },
    };

    [Theory]
    [InlineData("Khách VIP, Khách sỉ", new long[] { 200001, 200002 })] // as Get-KvCustomer exports them
    [InlineData("Khách VIP;Khách sỉ", new long[] { 200001, 200002 })]
    [InlineData("khách vip | KHÁCH SỈ", new long[] { 200001, 200002 })]
    [InlineData(" Khách sỉ ,, Khách VIP, Khách sỉ", new long[] { 200002, 200001 })]
    [InlineData("200002", new long[] { 200002 })]
    [InlineData("Sỉ, lẻ", new long[] { 200003 })] // a name holding a comma, given whole
    public void Finds_the_groups_a_cell_names(string cell, long[] expected)
    {
        var ids = CustomerGroupNames.Resolve(new[] { cell }, Groups, out var problem);

        Assert.Null(problem);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void Names_saved_decomposed_find_the_same_group()
    {
        var ids = CustomerGroupNames.Resolve(new[] { "Khách sỉ".Normalize(NormalizationForm.FormD) }, Groups, out var problem);

        Assert.Null(problem);
        Assert.Equal(new long[] { 200002 }, ids);
    }

    [Fact]
    public void Several_cells_and_blank_ones_add_up()
    {
        var ids = CustomerGroupNames.Resolve(new[] { "Khách VIP", null, " ", "200002" }, Groups, out var problem);

        Assert.Null(problem);
        Assert.Equal(new long[] { 200001, 200002 }, ids);
    }

    [Fact]
    public void An_unknown_name_is_named_with_the_shops_groups()
    {
        var ids = CustomerGroupNames.Resolve(new[] { "Khách VIP, Khách quen, 999" }, Groups, out var problem);

        Assert.Null(ids);
        Assert.Equal("there is no customer group 'Khách quen', '999' (the shop's groups: 'Khách VIP', 'Khách sỉ', 'Sỉ, lẻ')", problem);
    }
}
