using System.Globalization;
using System.Net;
using KiotViet.Http;

namespace KiotViet.Resources;

/// <summary>
/// The two forms of KiotViet's invoice cancel seen in the wild: <c>DELETE /invoices/{id}?isVoidPayment=</c>
/// (the doc's latest form, tried first) and <c>DELETE /invoices</c> with the JSON body <c>{id, isVoidPayment}</c>.
/// </summary>
internal enum InvoiceCancelForm
{
    PathAndQuery,
    JsonBody,
}

internal static class InvoiceCancelForms
{
    public static ApiRequest Request(InvoiceCancelForm form, long id, bool voidPayment) => form == InvoiceCancelForm.PathAndQuery
        ? ApiRequest.Delete($"invoices/{id.ToString(CultureInfo.InvariantCulture)}?isVoidPayment={(voidPayment ? "true" : "false")}")
        : ApiRequest.Delete("invoices", new InvoiceCancelBody { Id = id, IsVoidPayment = voidPayment });

    public static InvoiceCancelForm Other(InvoiceCancelForm form) =>
        form == InvoiceCancelForm.PathAndQuery ? InvoiceCancelForm.JsonBody : InvoiceCancelForm.PathAndQuery;

    /// <summary>
    /// True when the answer proves the server has no such route: 405, or a 404 that is not KiotViet's own "not found"
    /// envelope (a missing invoice answers 404 with an errorCode; a missing route answers without one).
    /// </summary>
    public static bool ProvesRouteMissing(KiotVietApiException error) =>
        !error.MayHaveBeenApplied
        && (error.StatusCode == HttpStatusCode.MethodNotAllowed || (error.StatusCode == HttpStatusCode.NotFound && error.ErrorCode is null));

    private sealed class InvoiceCancelBody
    {
        public long Id { get; set; }

        public bool IsVoidPayment { get; set; }
    }
}
