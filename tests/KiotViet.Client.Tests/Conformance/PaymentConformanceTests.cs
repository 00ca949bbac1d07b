using KiotViet.Conformance;
using Xunit;

namespace KiotViet.Client.Tests.Conformance;

/// <summary>POST /payments (reference 2.14.2): the request as documented, and the documented answer read into the payment.</summary>
public sealed class PaymentConformanceTests
{
    private static readonly ApiOperation Pay = ApiReference.Operation("2.14.2-post-payments");

    [Fact]
    public async Task A_payment_is_sent_as_documented_and_the_documented_answer_gives_its_id_and_code()
    {
        var api = new FakeApi().ServeDocumented(Pay);
        using var connection = api.Connect();
        var invoice = new Invoice { Id = 7001, Code = "HD007001" };

        var payment = await connection.Invoices.PayAsync(invoice, new PaymentDraft { InvoiceId = 7001, Amount = 50000, Method = "Transfer", AccountId = 3 }, CancellationToken.None);

        Assert.Empty(DocumentedApi.Problems(Pay, Assert.Single(api.Requests)));
        var answer = DocumentedApi.Answer(Pay)!;
        Assert.Equal((long)answer["paymentId"]!, payment.Id);
        Assert.Equal((string)answer["paymentCode"]!, payment.Code);
        Assert.Equal((string?)answer["DocumentCode"], payment.InvoiceCode);
        Assert.Empty(AnswerConformance.Unfilled(answer, payment, new Dictionary<string, string> { ["paymentId"] = "Id", ["paymentCode"] = "Code", ["DocumentCode"] = "InvoiceCode" }));
    }
}
