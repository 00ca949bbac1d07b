using KiotViet.Conformance;
using Xunit;

namespace KiotViet.Client.Tests.Conformance;

/// <summary>
/// The January 2026 retail doc adds VAT fields to products, orders, invoices and returns: its documented answers,
/// read by the module, fill them (and every other documented field the model exposes); the older print still reads.
/// </summary>
public sealed class VatReadConformanceTests
{
    [Fact]
    public async Task A_product_read_by_id_fills_its_VAT()
    {
        var product = await ReadAsync("2.4.2-get-products-id", c => c.Reads.GetAsync<Product>(1001, CancellationToken.None));

        Assert.NotNull(product.TaxRate);
        Assert.NotNull(product.TaxRateDirect);
        Assert.NotNull(product.PriceAfterTax);
        Assert.NotNull(product.SaleTax?.TaxId);
        Assert.NotNull(product.PurchaseTax?.Value);
        Assert.NotEmpty(product.Taxes);
    }

    [Fact]
    public async Task An_order_read_by_id_fills_its_VAT()
    {
        var order = await ReadAsync("2.5.2-get-orders-id", c => c.Orders.GetAsync(1001, CancellationToken.None));

        Assert.NotNull(order.TotalTax);
        AssertLineTax(order.Lines[0].Taxes);
    }

    [Fact]
    public async Task An_invoice_read_by_id_fills_its_VAT()
    {
        var invoice = await ReadAsync("2.12.2-get-invoices-id", c => c.Invoices.GetAsync(1001, CancellationToken.None));

        Assert.NotNull(invoice.TotalTax);
        AssertLineTax(invoice.Lines[0].Taxes);
    }

    [Fact]
    public async Task A_return_read_by_id_fills_its_VAT()
    {
        var read = await ReadAsync("2.19.2-get-returns-id", c => c.Reads.GetAsync<Return>(1001, CancellationToken.None));

        Assert.NotNull(read.TotalTax);
        Assert.NotNull(read.DiscountAfterTax);
        Assert.NotNull(read.PricingMode);
        AssertLineTax(read.Lines[0].Taxes);
    }

    [Fact]
    public void An_invoice_and_an_order_created_carry_their_VAT_and_discount_after_tax()
    {
        var invoiceCreate = ApiReference.Operation("2.12.3-post-invoices").Newest;
        var invoice = ReadAnswer<Invoice>(invoiceCreate);
        var orderCreate = ApiReference.Operation("2.5.3-post-orders").Newest;
        var order = ReadAnswer<Order>(orderCreate);

        Assert.NotNull(invoice.TotalTax);
        Assert.NotNull(invoice.DiscountAfterTax);
        Assert.NotNull(order.TotalTax);
        Assert.NotNull(order.DiscountAfterTax);
    }

    // Both prints are served in turn; the newest's answer must fill every documented field the model exposes.
    private static async Task<T> ReadAsync<T>(string file, Func<KiotVietConnection, Task<T>> read)
    {
        var operation = ApiReference.Operation(file);
        T newest = default!;
        foreach (var print in operation.Prints)
        {
            var api = new FakeApi().ServeDocumented(print);
            using var connection = api.Connect();
            var model = await read(connection);
            Assert.NotNull(model);
            newest = model;
        }

        var unfilled = AnswerConformance.Unfilled(DocumentedApi.Answer(operation.Newest), newest);
        Assert.True(unfilled.Count == 0, $"{operation}: " + string.Join("; ", unfilled));
        return newest;
    }

    [Fact]
    public void An_invoice_row_of_the_list_reads_its_line_VAT_named_name_and_value()
    {
        var list = DocumentedApi.Answer(ApiReference.Operation("2.12.1-get-invoices").Newest)!["data"]![0]!;
        var invoice = System.Text.Json.JsonSerializer.Deserialize<Invoice>(list.ToJsonString(), KiotViet.Json.KiotVietJson.Options)!;

        Assert.NotNull(invoice.TotalTax);
        var tax = Assert.Single(invoice.Lines[0].Taxes);
        Assert.NotNull(tax.TaxName);
        Assert.NotNull(tax.TaxValue);
        Assert.NotNull(tax.DetailTax);
    }

    // A line's VAT read by id: the tax named, its rate and amount, the price after tax.
    private static void AssertLineTax(SummarizedList<LineTax> taxes)
    {
        var tax = Assert.Single(taxes);
        Assert.NotNull(tax.TaxId);
        Assert.NotNull(tax.TaxName);
        Assert.NotNull(tax.TaxValue);
        Assert.NotNull(tax.TaxRate);
        Assert.NotNull(tax.PriceAfterTax);
        Assert.NotNull(tax.SubTotalAfterTax);
    }

    private static T ReadAnswer<T>(ApiOperation print) =>
        System.Text.Json.JsonSerializer.Deserialize<T>(DocumentedApi.Answer(print)!.ToJsonString(), KiotViet.Json.KiotVietJson.Options)!;
}
