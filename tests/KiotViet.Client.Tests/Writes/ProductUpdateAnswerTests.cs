using KiotViet.Writes;
using Xunit;

namespace KiotViet.Client.Tests.Writes;

/// <summary>2.4.4's answer prints no weight, isActive or allowsSale: what the update set is shown, never left empty.</summary>
public sealed class ProductUpdateAnswerTests
{
    [Fact]
    public void The_fields_an_update_set_that_its_answer_does_not_print_are_shown_as_set()
    {
        var answer = new Product { Id = 5000003, Code = "SP000003", BasePrice = 280000, Description = "Mới" };
        var changes = new ProductDraft { Weight = 1.5m, IsActive = false, AllowsSale = true, Description = "Cũ" };

        var shown = ProductWriteCheck.WithChangesShown(answer, changes);

        Assert.Equal(1.5m, shown.Weight);
        Assert.False(shown.IsActive);
        Assert.True(shown.AllowsSale);
        Assert.Equal("Mới", shown.Description); // what the answer prints wins
        Assert.Null(shown.IsRewardPoint);        // not changed, not printed: unknown
    }
}
