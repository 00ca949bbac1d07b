using KiotViet.Writes;
using Xunit;

namespace KiotViet.Client.Tests.Writes;

/// <summary>What a lost invoice create or payment is recognised by: the wrong record claimed means a write lost or doubled.</summary>
public sealed class InvoiceWriteCheckTests
{
    private static readonly DateTimeOffset Began = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(7));

    private static InvoiceDraft Draft(long? customerId = 7) => new()
    {
        BranchId = 1001,
        CustomerId = customerId,
        Discount = 5000,
        InvoiceDetails = new List<OrderLine>
        {
            new() { ProductCode = "SP000001", Quantity = 2, Price = 45000 },
            new() { ProductId = 5000017, Quantity = 1, Price = 20000, Discount = 2000 },
        },
    };

    private static Invoice Stored(long? customerId = 7, decimal total = 103000, decimal secondQuantity = 1) => new()
    {
        Id = 80000999,
        BranchId = 1001,
        CustomerId = customerId,
        Total = total,
        InvoiceDetails = new List<InvoiceLine>
        {
            new() { ProductId = 5000017, ProductCode = "SP000017", Quantity = secondQuantity, Price = 20000 },
            new() { ProductId = 5000001, ProductCode = "SP000001", Quantity = 2, Price = 45000 },
        },
    };

    [Fact]
    public void The_invoice_with_the_same_branch_customer_total_and_lines_in_any_order_is_the_created_one()
    {
        Assert.True(InvoiceWriteCheck.IsCreatedFrom(Draft(), Stored()));
        Assert.True(InvoiceWriteCheck.IsCreatedFrom(Draft(customerId: null), Stored(customerId: null)));
    }

    [Fact]
    public void An_invoice_whose_total_adds_the_shops_tax_is_still_the_created_one()
    {
        var taxed = Stored(total: 113300);
        taxed.TotalTax = 10300;

        Assert.True(InvoiceWriteCheck.IsCreatedFrom(Draft(), taxed));
        taxed.TotalTax = 10000;
        Assert.False(InvoiceWriteCheck.IsCreatedFrom(Draft(), taxed));
    }

    [Theory]
    [InlineData(8L, 103000, 1)]     // another customer
    [InlineData(null, 103000, 1)]   // a walk-in sale is not this customer's
    [InlineData(7L, 108000, 1)]     // another total
    [InlineData(7L, 103000, 2)]     // another quantity
    public void An_invoice_that_differs_in_anything_the_create_set_is_not_claimed(long? customerId, int total, int secondQuantity) =>
        Assert.False(InvoiceWriteCheck.IsCreatedFrom(Draft(), Stored(customerId, total, secondQuantity)));

    [Fact]
    public void The_payment_a_lost_answer_made_is_a_new_one_of_that_amount_and_method_not_one_the_invoice_had()
    {
        var draft = new PaymentDraft { InvoiceId = 1, Amount = 50000, Method = "Transfer" };
        var invoice = new Invoice
        {
            Total = 100000,
            PaymentList = new List<InvoicePayment>
            {
                new() { Id = 11, Amount = 50000, Method = "Transfer", TransDate = Began.AddMinutes(-30) },
                new() { Id = 12, Amount = 50000, Method = "Cash", TransDate = Began.AddSeconds(1) },
                new() { Id = 13, Amount = 50000, Method = "Transfer", TransDate = Began.AddSeconds(2) },
            },
        };
        var context = new WriteContext(Began, id => false);

        Assert.Equal(13, InvoiceWriteCheck.PaymentMade(draft, new long[] { 11 }, invoice, context)?.Id);
        Assert.Null(InvoiceWriteCheck.PaymentMade(draft, new long[] { 11, 13 }, invoice, context));
        Assert.Null(InvoiceWriteCheck.PaymentMade(draft, new long[] { 11 }, invoice, new WriteContext(Began, id => id == 13)));
    }

    [Theory]
    [InlineData(100000, 30000, 70000)]
    [InlineData(100000, 100000, 0)]
    [InlineData(100000, 120000, 0)]
    public void What_is_owed_is_the_total_less_what_was_paid_never_below_zero(int total, int paid, int owed) =>
        Assert.Equal(owed, InvoiceWriteCheck.Owed(new Invoice { Total = total, TotalPayment = paid }));
}
