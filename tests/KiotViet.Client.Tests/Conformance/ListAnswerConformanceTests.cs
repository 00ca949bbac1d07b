using KiotViet.Conformance;
using Xunit;

namespace KiotViet.Client.Tests.Conformance;

/// <summary>
/// Lists whose documented rows name a field differently from other reads: the documented answer (both prints), read
/// by the module's listing, fills every documented field its model exposes (a trademark's id is tradeMarkId in 2.25.1;
/// a stock row's branch quantity is onhand in 2.4.9; a supplier order's lines name the product by id only).
/// </summary>
public sealed class ListAnswerConformanceTests
{
    [Fact]
    public void A_trademark_takes_its_id_from_tradeMarkId() =>
        Assert.NotEqual(0, Read("2.25.1-get-trademark", new TrademarkQuery()).Id);

    [Fact]
    public void A_stock_row_reads_onhand_per_branch()
    {
        var stock = Read("2.4.9-get-productonhands", new StockQuery());

        Assert.NotEqual(0, stock.OnHand);
        Assert.NotEqual(0, stock.Branches[0].BranchId);
    }

    [Fact]
    public void A_supplier_order_row_reads_its_lines_by_product_id()
    {
        var order = Read("2.20.1-get-ordersuppliers", new OrderSupplierQuery());

        Assert.NotEqual(0, order.LineCount);
        Assert.NotEqual(0, order.Lines[0].ProductId);
    }

    private static T Read<T>(string file, ListQuery<T> query)
        where T : class, IKiotVietEntity
    {
        var operation = ApiReference.Operation(file);
        T newest = default!;
        foreach (var print in operation.Prints)
        {
            var api = new FakeApi().ServeDocumented(print);
            using var connection = api.Connect();
            newest = connection.Reads.List(query, new PageRequest(), CancellationToken.None).First();
        }

        var unfilled = AnswerConformance.Unfilled(DocumentedApi.Answer(operation.Newest)!["data"]![0], newest);
        Assert.True(unfilled.Count == 0, $"{operation}: " + string.Join("; ", unfilled));
        return newest;
    }
}
