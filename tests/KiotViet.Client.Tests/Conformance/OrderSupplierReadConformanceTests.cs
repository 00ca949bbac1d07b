using KiotViet.Conformance;
using Xunit;

namespace KiotViet.Client.Tests.Conformance;

/// <summary>
/// GET /ordersuppliers/{id} (2.20.2) is documented to answer the list envelope <c>{total, pageSize, data: [order]}</c>
/// where every other read by id answers the record itself: the module reads the order out of either (both prints),
/// and an envelope without a row as "not found".
/// </summary>
public sealed class OrderSupplierReadConformanceTests
{
    [Fact]
    public async Task A_supplier_order_read_by_id_is_read_out_of_the_documented_list_envelope()
    {
        var operation = ApiReference.Operation("2.20.2-get-ordersuppliers-id");
        foreach (var print in operation.Prints)
        {
            var api = new FakeApi().ServeDocumented(print);
            using var connection = api.Connect();

            var order = await connection.Reads.GetAsync<OrderSupplier>(1001, CancellationToken.None);

            Assert.NotEqual(0, order.Id);
            Assert.NotNull(order.Code);
            Assert.NotNull(order.OrderDate);
            Assert.NotEqual(0, order.LineCount);
            Assert.Equal("/ordersuppliers/1001", Assert.Single(api.Requests).Uri.AbsolutePath);
        }

        var newest = new FakeApi().ServeDocumented(operation.Newest);
        using var shop = newest.Connect();
        var read = await shop.Reads.GetAsync<OrderSupplier>(1001, CancellationToken.None);
        var unfilled = AnswerConformance.Unfilled(DocumentedApi.Answer(operation.Newest)!["data"]![0], read);
        Assert.True(unfilled.Count == 0, $"{operation}: " + string.Join("; ", unfilled));
    }

    [Fact]
    public async Task A_supplier_order_answered_bare_is_read_too()
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok("""{"id":86000003,"code":"DHN000001","branchId":1001,"orderDate":"2026-11-02T09:15:00","total":120000,"orderSupplierDetails":[{"productId":1000012,"quantity":20,"price":6000}]}"""));
        using var connection = api.Connect();

        var order = await connection.Reads.GetAsync<OrderSupplier>(86000003, CancellationToken.None);

        Assert.Equal(("DHN000001", 1001L, 120000m), (order.Code, order.BranchId!.Value, order.Total));
        Assert.Equal("1000012 x20", order.Lines.ToString());
    }

    [Fact]
    public async Task An_envelope_without_a_row_is_not_found()
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok("""{"total":0,"pageSize":20,"data":[]}"""));
        using var connection = api.Connect();

        var missing = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Reads.GetAsync<OrderSupplier>(86000099, CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.NotFound, missing.Kind);
    }
}
