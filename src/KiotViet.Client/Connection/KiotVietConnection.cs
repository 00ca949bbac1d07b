using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Auth;
using KiotViet.Http;
using KiotViet.Matching;
using KiotViet.Resources;
using KiotViet.Webhooks;

namespace KiotViet;

/// <summary>
/// A live connection to one shop: one HttpClient, one token cache, one GET budget. Thread-safe, so one
/// connection can serve parallel runspaces. Shows no secret and no token.
/// </summary>
public sealed class KiotVietConnection : IDisposable
{
    private readonly HttpClient http;
    private readonly TokenProvider tokens;
    private readonly GetRequestBudget getBudget;
    private int disposed;

    public KiotVietConnection(KiotVietConnectionOptions options)
        : this(options, CreateTransportHandler())
    {
    }

    /// <summary>For tests: the same connection over a given transport handler, on a given clock.</summary>
    internal KiotVietConnection(KiotVietConnectionOptions options, HttpMessageHandler transportHandler, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        options.Validate();
        Options = options;
        http = new HttpClient(new LoggingHandler(transportHandler)) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd($"KiotViet-PowerShell/{typeof(KiotVietConnection).Assembly.GetName().Version}");
        var retryPolicy = new RetryPolicy(options.MaxRetries, options.RetryWindow, options.InitialRetryDelay, options.MaxRetryDelay, time);
        tokens = new TokenProvider(http, options, retryPolicy);
        getBudget = GetRequestBudget.For(options.EffectiveApiBaseUri, options.Retailer, options.GetRequestsPerHour, time);
        var transport = new ApiTransport(http, options, tokens, retryPolicy, getBudget);
        Customers = new CustomerClient(transport, options.PageReadAhead);
        CustomerBatches = new CustomerBatchClient(transport, options.PageReadAhead, Customers);
        Webhooks = new WebhookClient(transport);
        Branches = new BranchClient(transport, options.PageReadAhead);
        Categories = new CategoryClient(transport, options.PageReadAhead);
        Orders = new OrderClient(transport, options.Edition, options.PageReadAhead);
        Reads = new ReadClient(transport, options.PageReadAhead);
        Invoices = new InvoiceClient(transport, options.PageReadAhead);
        Products = new ProductClient(transport, options.PageReadAhead);
        ProductBatches = new ProductBatchClient(transport, options.PageReadAhead, Products);
        PriceBooks = new PriceBookClient(transport, options.PageReadAhead);
        PurchaseOrders = new PurchaseOrderClient(transport, options.PageReadAhead);
        Transfers = new TransferClient(transport, options.PageReadAhead);
        Surcharges = new SurchargeClient(transport, options.PageReadAhead);
        Vouchers = new VoucherClient(transport, options.PageReadAhead);
        Raw = new RawClient(transport, options.PageReadAhead);
        Lookups = new LookupCache(this);
        CustomerIndex = new CustomerIndexCache(this);
    }

    internal KiotVietConnectionOptions Options { get; }

    public string Retailer => Options.Retailer;

    public KiotVietEdition Edition => Options.Edition;

    public string ClientId => Options.ClientId;

    public Uri ApiBaseUri => Options.EffectiveApiBaseUri;

    public Uri TokenUri => Options.EffectiveTokenUri;

    public DateTimeOffset? ConnectedAt { get; private set; }

    /// <summary>When the cached token expires (never the token itself).</summary>
    public DateTimeOffset? TokenExpiresAt => tokens.CurrentExpiry;

    public int GetRequestsPerHour => getBudget.Limit;

    /// <summary>GET requests sent to this shop from this process in the last hour.</summary>
    public int GetRequestsInLastHour => getBudget.Used;

    public bool IsDisposed => disposed != 0;

    /// <summary>How many creates or updates a bulk write keeps in flight at once.</summary>
    public int MaxWritesInFlight => Options.MaxWritesInFlight;

    internal CustomerClient Customers { get; }

    /// <summary>The bulk customer writes, each row's outcome read back.</summary>
    internal CustomerBatchClient CustomerBatches { get; }

    internal WebhookClient Webhooks { get; }

    internal BranchClient Branches { get; }

    internal CategoryClient Categories { get; }

    internal OrderClient Orders { get; }

    /// <summary>Every read-only resource: listings from their queries, items by id or code.</summary>
    internal ReadClient Reads { get; }

    internal InvoiceClient Invoices { get; }

    /// <summary>Product writes; product reads go through <see cref="Reads"/>.</summary>
    internal ProductClient Products { get; }

    /// <summary>The bulk product writes, each row's outcome read back.</summary>
    internal ProductBatchClient ProductBatches { get; }

    /// <summary>Price book writes; price books and their prices are read through <see cref="Reads"/>.</summary>
    internal PriceBookClient PriceBooks { get; }

    /// <summary>Purchase writes; purchases are read through <see cref="Reads"/>.</summary>
    internal PurchaseOrderClient PurchaseOrders { get; }

    /// <summary>Transfer writes; transfers are read through <see cref="Reads"/>.</summary>
    internal TransferClient Transfers { get; }

    /// <summary>Surcharge writes; surcharges are read through <see cref="Reads"/>.</summary>
    internal SurchargeClient Surcharges { get; }

    /// <summary>Voucher and coupon writes; vouchers are read through <see cref="Reads"/>.</summary>
    internal VoucherClient Vouchers { get; }

    /// <summary>Requests to any endpoint (Invoke-KvRequest).</summary>
    internal RawClient Raw { get; }

    /// <summary>Cached reference lists for completion and lookups.</summary>
    internal LookupCache Lookups { get; }

    /// <summary>Every customer by e-mail and phone, for matching (Find-KvCustomer, New-KvCustomer).</summary>
    internal CustomerIndexCache CustomerIndex { get; }

    /// <summary>
    /// Fetches a token and makes one small call, so that a wrong secret, a wrong retailer or a disabled
    /// API connection fails here with a clear message rather than in the middle of a job.
    /// </summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        var probe = Customers.List(new CustomerQuery(), new PageRequest { PageSize = 1, First = 1 }, cancellationToken);
        try
        {
            await Task.Run(() => { foreach (var _ in probe) { } }, cancellationToken).ConfigureAwait(false);
        }
        catch (KiotVietApiException refused) when (refused.Kind is KiotVietErrorKind.Validation or KiotVietErrorKind.NotFound or KiotVietErrorKind.PermissionDenied)
        {
            // The credentials were accepted, so a refused one-row read means the shop itself was not.
            throw refused.WithContext(
                $"KiotViet accepted the client credentials but refused requests for retailer '{Retailer}'. Check the retailer name (the shop name in myshop.kiotviet.vn) and that the API connection is enabled for this shop. {refused.Message}",
                KiotVietErrorKind.Authentication);
        }

        ConnectedAt = DateTimeOffset.Now;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Lookups.Dispose();
            CustomerIndex.Dispose();
            tokens.Dispose();
            http.Dispose();
        }
    }

    public override string ToString() => $"KiotViet {Edition} shop '{Retailer}' at {ApiBaseUri.GetLeftPart(UriPartial.Authority)}";

    private static HttpMessageHandler CreateTransportHandler()
    {
#if NET
        return new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = KiotVietConnectionOptions.MostWritesInFlight,
        };
#else
        // Windows PowerShell's default is 2 connections per server: too few for the writes a bulk run keeps in flight.
        return new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate, MaxConnectionsPerServer = KiotVietConnectionOptions.MostWritesInFlight };
#endif
    }
}
