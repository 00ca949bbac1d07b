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
    private const string Collection = "invoices";

    // The cancel form this connection's server accepts; switched once when the server proves the other is missing.
    private int cancelForm = (int)InvoiceCancelForm.JsonBody;

    // Until a cancel has been answered, cancels go one at a time, so that cancels in flight together learn the form
    // from the first instead of each meeting the missing route.
    private readonly SemaphoreSlim cancelFormProbe = new(1, 1);
    private int cancelFormConfirmed;

    internal InvoiceClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    public Task<Invoice> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Invoice>(Collection, id, cancellationToken);

    /// <summary>
    /// Creates an invoice (POST /invoices), exactly once. When the answer is lost, the invoice is looked up among the
    /// branch's (and customer's) invoices changed since the create began, by its total and lines.
    /// </summary>
    public Task<Invoice> CreateAsync(InvoiceDraft draft, CancellationToken cancellationToken)
    {
        if (draft.InvoiceDetails.Count == 0)
        {
            throw new ArgumentException("An invoice needs at least one line.", nameof(draft));
        }

        DocumentedFields.CheckInvoiceCreate(draft);

        return Writes.RunAsync(
            new WriteOperation<Invoice>(
                $"the create of an invoice of {draft.InvoiceDetails.Count} line(s) for branch {draft.BranchId}",
                ct => Transport.SendAsync(ApiRequest.Post(Collection, draft), ResponseBody.ReadObject<Invoice>, ct),
                (context, ct) => FindCreatedAsync(draft, context, ct),
                i => i.Id),
            cancellationToken);
    }

    /// <summary>Updates an invoice (PUT /invoices/{id}); when the answer is lost, the invoice is read back and compared before resending.</summary>
    public Task<Invoice> UpdateAsync(long id, InvoiceChanges changes, CancellationToken cancellationToken) =>
        UpdateRecordAsync<Invoice, InvoiceChanges>("invoice", Collection, id, changes, InvoiceWriteCheck.ShowsUpdate, cancellationToken);

    /// <summary>
    /// Records a payment of an invoice (POST /payments), exactly once. <paramref name="invoice"/> is the invoice as
    /// read before paying: when the answer is lost, the invoice is read again and a payment it did not have then, of
    /// this amount and method, is the one this write made.
    /// </summary>
    public Task<InvoicePayment> PayAsync(Invoice invoice, PaymentDraft draft, CancellationToken cancellationToken)
    {
        var paymentsBefore = invoice.Payments.Select(p => p.Id).ToList();
        return Writes.RunAsync(
            new WriteOperation<InvoicePayment>(
                $"the payment of {draft.Amount.ToString("#,0.##", CultureInfo.InvariantCulture)} ({draft.Method}) of invoice {invoice.Code ?? invoice.Id.ToString(CultureInfo.InvariantCulture)}",
                async ct =>
                {
                    var payment = await Transport.SendAsync(ApiRequest.Post("payments", draft), PaymentAnswer.Read, ct).ConfigureAwait(false);
                    payment.InvoiceId ??= draft.InvoiceId;
                    payment.InvoiceCode ??= invoice.Code;
                    return payment;
                },
                async (context, ct) =>
                {
                    var current = await GetAsync(draft.InvoiceId, ct).ConfigureAwait(false);
                    var made = InvoiceWriteCheck.PaymentMade(draft, paymentsBefore, current, context);
                    if (made is not null)
                    {
                        made.InvoiceId = draft.InvoiceId;
                        made.InvoiceCode = current.Code;
                    }

                    return made is null ? Reconciliation<InvoicePayment>.NotApplied : Reconciliation<InvoicePayment>.Applied(made);
                },
                p => p.Id),
            cancellationToken);
    }

    /// <summary>
    /// Cancels an invoice (KiotViet's delete is a cancel: the answer is the invoice with status 2 "Đã hủy"), voiding its
    /// payments when asked. The documented body form is tried first; when the server proves it has no such route (405,
    /// or a 404 without KiotViet's envelope) the path form is used, and remembered for this connection. When the answer is
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
        if (Volatile.Read(ref cancelFormConfirmed) != 0)
        {
            return await SendCancelWithFallbackAsync(id, voidPayment, cancellationToken).ConfigureAwait(false);
        }

        await cancelFormProbe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var invoice = await SendCancelWithFallbackAsync(id, voidPayment, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref cancelFormConfirmed, 1);
            return invoice;
        }
        finally
        {
            cancelFormProbe.Release();
        }
    }

    private async Task<Invoice> SendCancelWithFallbackAsync(long id, bool voidPayment, CancellationToken cancellationToken)
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

    private async Task<Reconciliation<Invoice>> FindCreatedAsync(InvoiceDraft draft, WriteContext context, CancellationToken cancellationToken)
    {
        var query = new InvoiceQuery
        {
            BranchIds = new[] { draft.BranchId },
            CustomerIds = draft.CustomerId is { } customer ? new[] { customer } : null,
            ModifiedSince = context.CreatedSince.UtcDateTime,
        };
        return await FindCreatedAmongChangesAsync(query, context, i => i.CreatedDate, i => InvoiceWriteCheck.IsCreatedFrom(draft, i), cancellationToken).ConfigureAwait(false);
    }

    private Task<Invoice> SendCancelAsync(InvoiceCancelForm form, long id, bool voidPayment, CancellationToken cancellationToken) =>
        Transport.SendAsync(InvoiceCancelForms.Request(form, id, voidPayment), ResponseBody.ReadObject<Invoice>, cancellationToken);
}
