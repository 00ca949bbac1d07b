using System.Text.Json;

namespace KiotViet.Json;

/// <summary>
/// Reads KiotViet's answer to <c>POST /payments</c>: documented as <c>{paymentId, paymentCode, amount, method, accountId,
/// invoiceId, DocumentCode}</c> (docs/design.md, "The documentation is the spec"); a payment row's own <c>{id, code}</c>
/// is read too, so an answer in either shape gives the payment its id and code.
/// </summary>
internal static class PaymentAnswer
{
    public static InvoicePayment Read(byte[] body)
    {
        var payment = ResponseBody.ReadObject<InvoicePayment>(body);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetPropertyIgnoreCase("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            root = data;
        }

        if (payment.Id == 0 && root.TryGetPropertyIgnoreCase("paymentId", out var id) && Number(id) is { } paymentId)
        {
            payment.Id = paymentId;
        }

        if (string.IsNullOrEmpty(payment.Code) && root.TryGetPropertyIgnoreCase("paymentCode", out var code) && code.ValueKind == JsonValueKind.String)
        {
            payment.Code = code.GetString();
        }

        // The doc types DocumentCode as long, although invoice codes are text everywhere else: read either.
        if (root.TryGetPropertyIgnoreCase("DocumentCode", out var invoiceCode))
        {
            payment.InvoiceCode = invoiceCode.ValueKind switch
            {
                JsonValueKind.String => invoiceCode.GetString(),
                JsonValueKind.Number => invoiceCode.GetRawText(),
                _ => payment.InvoiceCode,
            };
        }

        return payment;
    }

    private static long? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        JsonValueKind.String when long.TryParse(value.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
