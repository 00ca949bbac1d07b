using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// Cancelling an invoice (KiotViet's delete is a cancel): <c>DELETE /invoices/{id}?isVoidPayment=</c> and/or
/// <c>DELETE /invoices</c> with the JSON body <c>{id, isVoidPayment}</c>, as <see cref="SandboxOptions.InvoiceCancelForm"/>
/// says; a form not served has no route (405). The answer is the invoice with status 2 "Đã hủy".
/// </summary>
internal static class InvoiceCancelRoutes
{
    public static void Map(IEndpointRouteBuilder api, InvoiceCancelForm form)
    {
        if (form is InvoiceCancelForm.PathAndQuery or InvoiceCancelForm.Both)
        {
            api.MapDelete("/invoices/{id:long}", (long id, HttpRequest request, SandboxState state) => Cancel(state, id, new QueryReader(request.Query).Flag("isVoidPayment")));
        }

        if (form is InvoiceCancelForm.JsonBody or InvoiceCancelForm.Both)
        {
            api.MapDelete("/invoices", CancelFromBodyAsync);
        }
    }

    private static async Task<IResult> CancelFromBodyAsync(HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body || BodyFields.Long(body, "id") is not { } id)
        {
            return ApiResults.BadBody(state.Options);
        }

        return Cancel(state, id, BodyFields.Bool(body, "isVoidPayment") ?? false);
    }

    private static IResult Cancel(SandboxState state, long id, bool voidPayment)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            if (data.Invoices.Find(id) is not { } invoice)
            {
                return ApiErrors.NotFound("Hóa đơn");
            }

            if (invoice.Status == InvoiceStatus.Cancelled)
            {
                var message = $"Hóa đơn {invoice.Code} đã bị hủy.";
                return ApiErrors.Validation(state.Options, message, new ApiFieldError("KvValidateException", "Id", message));
            }

            var now = VietnamTime.Now(state.Clock);
            invoice.Status = InvoiceStatus.Cancelled;
            invoice.ModifiedDate = now;
            StockMoves.PutBack(data, invoice.BranchId, invoice.InvoiceDetails, now);
            if (voidPayment)
            {
                // Voided payments stay on the invoice, cancelled, and so do their receipts in the cash book; the
                // invoice then counts nothing as paid.
                for (var i = 0; i < invoice.Payments.Count; i++)
                {
                    invoice.Payments[i] = invoice.Payments[i] with { Status = PaymentStatus.Cancelled, StatusValue = PaymentStatus.Text(PaymentStatus.Cancelled) };
                    var receipt = data.BackOffice.CashFlows.FindIndex(c => c.Id == invoice.Payments[i].Id);
                    if (receipt >= 0)
                    {
                        data.BackOffice.CashFlows[receipt] = data.BackOffice.CashFlows[receipt] with { Status = PaymentStatus.Cancelled };
                    }
                }

                invoice.TotalPayment = 0m;
            }

            return ApiResults.Json(InvoiceWriteRoutes.WriteAnswer(invoice));
        }
    }
}
