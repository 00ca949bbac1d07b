namespace KiotViet.Sandbox;

/// <summary>Everything that shapes one sandbox shop. Defaults follow KiotViet's most likely real behaviour.</summary>
public sealed class SandboxOptions
{
    /// <summary>The shop name the Retailer header must carry; a comma-separated list lets one sandbox answer for several shop names (same data).</summary>
    public string Retailer { get; set; } = "demoshop";

    /// <summary>The first name of <see cref="Retailer"/>: the one tokens carry.</summary>
    public string PrimaryRetailer => Retailer.Split(',')[0].Trim();

    /// <summary>True when the Retailer header names a shop this sandbox answers for.</summary>
    public bool ServesRetailer(string retailer) =>
        Retailer.Split(',').Any(name => string.Equals(name.Trim(), retailer, StringComparison.OrdinalIgnoreCase));
    public long RetailerId { get; set; } = 500400541;
    public string ClientId { get; set; } = "sandbox-client-id";
    public string ClientSecret { get; set; } = "sandbox-client-secret";
    public int Seed { get; set; } = 1;
    public int CustomerCount { get; set; } = 250;
    public int InvoiceCount { get; set; } = 500;
    public int OrderCount { get; set; } = 100;
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(86400);

    /// <summary>GET requests allowed per retailer in any rolling hour (the documented 5000).</summary>
    public int GetRequestsPerHour { get; set; } = 5000;

    /// <summary>Status when the GET budget is spent. Undocumented in reality; 429 is the guess.</summary>
    public int RateLimitStatusCode { get; set; } = 429;
    public bool SendRetryAfter { get; set; } = true;

    /// <summary>Status of validation errors (400; KiotViet's backend uses 420 internally).</summary>
    public int ValidationStatusCode { get; set; } = 400;

    /// <summary>Status when the Retailer header is missing or names another shop.</summary>
    public int RetailerErrorStatusCode { get; set; } = 400;

    /// <summary>
    /// Whether POST/PUT /products answer {message, data:{product}} rather than the bare product. The official plugin
    /// reads product answers unwrapped, so unwrapped is the default; clients must accept both.
    /// </summary>
    public bool WrapProductAnswers { get; set; }

    /// <summary>
    /// Whether the POST /products answer carries inventories[].onHand. KiotViet's revision 4.3 says a product create
    /// no longer returns it, while the 2.4.3 example still prints it: left out by default (the newer fact); clients
    /// must show unknown stock as unknown, never as 0.
    /// </summary>
    public bool ProductCreateAnswersOnHand { get; set; }

    /// <summary>
    /// Whether POST/PUT /customers answer {message, data:{customer}} (true, as production clients read them) or the
    /// bare customer the reference prints (2.6.3, 2.6.4); clients must accept both.
    /// </summary>
    public bool WrapCustomerAnswers { get; set; } = true;

    /// <summary>
    /// Envelope property carrying deleted ids. Null (default): each list answers with the spelling its documentation
    /// shows: customers and products <c>removeId</c>, branches <c>removedIds</c>, suppliers <c>removedId</c>, users and
    /// bank accounts <c>removeIds</c>. Set, every list uses it ("removedIds", "removeId", "removeIds", "removedId").
    /// </summary>
    public string? RemovedIdsPropertyName { get; set; }

    /// <summary>
    /// Transfer rows carry their dates (dispatched, received, created, modified; true) or only the fields the doc's
    /// 2.16.1 list shows, which has none (false).
    /// </summary>
    public bool TransferRowsDated { get; set; } = true;

    /// <summary>
    /// GET /ordersuppliers/{id} answers the list envelope <c>{total, pageSize, data: [order]}</c> as 2.20.2 prints it
    /// (true), or the bare order as every other read by id does (false); the doc's print is unusual, and the module
    /// reads both.
    /// </summary>
    public bool OrderSupplierByIdInListEnvelope { get; set; } = true;

    /// <summary>GET /surchages lists deactivated surcharges too (true) or only active ones (false); the doc does not say.</summary>
    public bool InactiveSurchargesListed { get; set; } = true;

    /// <summary>
    /// How the voucher cancel (2.24.5) is served: POST /voucher/cancel (the request line of both prints), DELETE (the
    /// newer print's URL line) or both; a method not served answers 405.
    /// </summary>
    public VoucherCancelMethod VoucherCancelMethod { get; set; } = VoucherCancelMethod.Post;

    /// <summary>How POST /coupons/setused names a coupon it refused in dataError (2.23 prints {code} and calls it the error message).</summary>
    public CouponErrorForm CouponErrorForm { get; set; } = CouponErrorForm.CodeAndMessage;

    /// <summary>GET /attributes/allwithdistinctvalue answers a bare array (false) or a list envelope {total, pageSize, data} (true); the doc does not show which.</summary>
    public bool AttributesInEnvelope { get; set; }

    /// <summary>When true, PUT /customers/{id} clears every field absent from the body instead of keeping it.</summary>
    public bool UpdateClearsAbsentFields { get; set; }

    /// <summary>
    /// Which form of the invoice cancel is served: <c>DELETE /invoices</c> with the JSON body <c>{id, isVoidPayment}</c>
    /// (default: the documented form, API reference 2.12.5), <c>DELETE /invoices/{id}?isVoidPayment=</c> (generated SDKs
    /// use it), or both. The other form gets 405.
    /// </summary>
    public InvoiceCancelForm InvoiceCancelForm { get; set; } = InvoiceCancelForm.JsonBody;

    /// <summary>How a read of one record by id or code that does not exist is answered (undocumented: 404, 400 "… không tồn tại", 420 KvValidate…Exception are all plausible).</summary>
    public NotFoundAnswer NotFoundAnswer { get; set; } = NotFoundAnswer.Http404;

    /// <summary>
    /// The path the bulk customer create is served at (the documentation leaves the spelling uncertain): the doc's
    /// "listaddcutomers" (default) or "listaddcustomers". The other spelling gets 404.
    /// </summary>
    public string BulkCustomerAddPath { get; set; } = "listaddcutomers";

    /// <summary>The shop setting "Cho phép đặt hàng": when false, every order write is refused with KiotViet's settings message.</summary>
    public bool AllowOrders { get; set; } = true;

    /// <summary>Fixed delay added to every API and token request (0 by default).</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    public WebhookSignatureOptions WebhookSignature { get; set; } = new();

    /// <summary>Shape of delete events: Data = list of ids (WP plugin) or Data = [{"RemoveId":[...]}] (doc).</summary>
    public WebhookDeleteShape WebhookDeleteShape { get; set; } = WebhookDeleteShape.IdList;

    /// <summary>How many times a failing webhook delivery is attempted in total.</summary>
    public int WebhookMaxAttempts { get; set; } = 4;

    /// <summary>Delay before the second attempt; doubles on each later one.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A receiver slower than this counts as failed (the doc's 5 s).</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether deliveries carry X-Webhook-Event and X-Webhook-Delivery, and whether the delivery id survives a retry (undocumented).</summary>
    public WebhookDeliveryHeaders WebhookDeliveryHeaders { get; set; } = WebhookDeliveryHeaders.SamePerAttempt;
}

/// <summary>The plausible answers to a read of a record that does not exist (GET {collection}/{id} or /code/{code}).</summary>
public enum NotFoundAnswer
{
    /// <summary>404, errorCode NotFound, "… không tồn tại hoặc đã bị xóa khỏi hệ thống."</summary>
    Http404,

    /// <summary>400, errorCode KvException, "… không tồn tại."</summary>
    KvException400,

    /// <summary>420, errorCode KvValidate{Entity}Exception (KvValidateProductException, KvValidateCustomerException, …), no other message.</summary>
    KvValidate420,

    /// <summary>As recorded on a real shop: a product code answers 420 KvValidateProductException; everything else 404.</summary>
    Recorded,
}

public enum InvoiceCancelForm
{
    PathAndQuery,
    JsonBody,
    Both,
}

/// <summary>The plausible X-Webhook-Event / X-Webhook-Delivery headers of a delivery (neither is documented).</summary>
public enum WebhookDeliveryHeaders
{
    /// <summary>Neither header: the body's Id and Attempt are all a receiver has.</summary>
    None,

    /// <summary>Both headers; a retry keeps the delivery id.</summary>
    SamePerAttempt,

    /// <summary>Both headers; each attempt has a new delivery id.</summary>
    NewPerAttempt,
}

public enum WebhookDeleteShape
{
    IdList,
    RemoveIdObject,
}

/// <summary>How X-Hub-Signature is computed. Default: "sha1=" + lowercase hex HMAC-SHA256, key = UTF-8 of the registered Secret as sent.</summary>
public sealed class WebhookSignatureOptions
{
    /// <summary>"sha1=" (default), "sha256=" or "" for none.</summary>
    public string Prefix { get; set; } = "sha1=";
    public WebhookDigest Digest { get; set; } = WebhookDigest.Sha256;
    public WebhookSignatureEncoding Encoding { get; set; } = WebhookSignatureEncoding.Hex;
    public WebhookSecretKey Key { get; set; } = WebhookSecretKey.AsSent;
}

public enum WebhookDigest
{
    Sha256,
    Sha1,
}

public enum WebhookSignatureEncoding
{
    Hex,
    Base64,
}

public enum WebhookSecretKey
{
    /// <summary>UTF-8 bytes of the Secret string exactly as registered.</summary>
    AsSent,

    /// <summary>The bytes obtained by Base64-decoding the registered Secret.</summary>
    Base64Decoded,
}
