using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>Invoice writes (hóa đơn); their reads are the ReadClient's.</summary>
public sealed class InvoiceClient : ResourceClient
{
    // The cancel form this connection's server accepts; switched once when the server proves the other is missing.
    private int cancelForm = (int)InvoiceCancelForm.PathAndQuery;

    internal InvoiceClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    public Task<Invoice> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Invoice>("invoices", id, cancellationToken);

    /// <summary>
    /// Cancels an invoice (KiotViet's delete is a cancel: the answer is the invoice with status 2 "Đã hủy"), voiding its
    /// payments when asked. The path form is tried first; when the server proves it has no such route (405, or a 404
    /// without KiotViet's envelope) the body form is used, and remembered for this connection. When the answer is
    /// lost, the invoice is read again: cancelled means done.
    /// </summary>
    public Task<Invoice> CancelAsync(long id, bool voidPayment, CancellationToken cancellationToken) =>
        Writes.RunAsync(
            new WriteOperation<Invoice>(
                $"the cancel of invoice {id}",
                ct => SendCancelAsync(id, voidPayment, ct),
                async (_, ct) =>
                {
                    var current = await GetAsync(id, ct).ConfigureAwait(false);
                    return Reconciliation<Invoice>.AppliedIf(current.Status == InvoiceStatus.Cancelled, current);
                }),
            cancellationToken);

    private async Task<Invoice> SendCancelAsync(long id, bool voidPayment, CancellationToken cancellationToken)
    {
        var form = (InvoiceCancelForm)Volatile.Read(ref cancelForm);
        try
        {
            return await SendCancelAsync(form, id, voidPayment, cancellationToken).ConfigureAwait(false);
        }
        catch (KiotVietApiException ex) when (InvoiceCancelForms.ProvesRouteMissing(ex))
        {
            var other = InvoiceCancelForms.Other(form);
            RequestObservation.Current?.Verbose($"KiotViet has no {InvoiceCancelForms.Request(form, id, voidPayment)} route ({ex.Message}); cancelling with {InvoiceCancelForms.Request(other, id, voidPayment)} from now on.");
            var invoice = await SendCancelAsync(other, id, voidPayment, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref cancelForm, (int)other);
            return invoice;
        }
    }

    private Task<Invoice> SendCancelAsync(InvoiceCancelForm form, long id, bool voidPayment, CancellationToken cancellationToken) =>
        Transport.SendAsync(InvoiceCancelForms.Request(form, id, voidPayment), ResponseBody.ReadObject<Invoice>, cancellationToken);
}
