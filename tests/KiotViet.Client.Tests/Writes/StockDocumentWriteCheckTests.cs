using KiotViet.Writes;
using Xunit;

namespace KiotViet.Client.Tests.Writes;

/// <summary>What a lost purchase create is recognised by: claiming a twin means one purchase doubled and another lost.</summary>
public sealed class StockDocumentWriteCheckTests
{
    private static readonly DateTimeOffset Drafted = new(2026, 12, 5, 11, 0, 0, TimeSpan.FromHours(7));

    private static PurchaseOrderDraft Draft(string? description) => new()
    {
        PurchaseDate = Drafted,
        BranchId = 1002,
        Supplier = new PurchaseOrderSupplier { Code = "NCC00002" },
        Description = description,
        PurchaseOrderDetails = new List<PurchaseOrderLine>
        {
            new() { ProductCode = "SP000001", Quantity = 1, Price = 1000 },
            new() { ProductCode = "SP000003", Quantity = 2, Price = 2000 },
        },
    };

    private static PurchaseOrder Stored(string? description) => new()
    {
        Id = 900001,
        BranchId = 1002,
        SupplierCode = "NCC00002",
        PurchaseDate = Drafted,
        Description = description,
        PurchaseOrderDetails = new List<StockLine>
        {
            new() { ProductCode = "SP000003", Quantity = 2, Price = 2000 },
            new() { ProductCode = "SP000001", Quantity = 1, Price = 1000 },
        },
    };

    [Fact]
    public void A_purchase_with_the_same_lines_drafted_in_the_same_second_is_not_the_created_one_when_its_description_differs()
    {
        Assert.True(StockDocumentWriteCheck.IsCreatedFrom(Draft("Lô 51"), Stored("Lô 51")));
        Assert.False(StockDocumentWriteCheck.IsCreatedFrom(Draft("Lô 51"), Stored("Lô 46")));
        Assert.False(StockDocumentWriteCheck.IsCreatedFrom(Draft("Lô 51"), Stored(null)));
    }

    [Fact]
    public void A_create_without_a_description_is_judged_by_its_branch_supplier_date_and_lines()
    {
        Assert.True(StockDocumentWriteCheck.IsCreatedFrom(Draft(null), Stored("Nhập tay")));
    }
}
