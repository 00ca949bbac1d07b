namespace KiotViet.Sandbox;

/// <summary>Test controls of a running sandbox. Thread-safe; the same operations are reachable over HTTP under /_sandbox/.</summary>
public sealed partial class SandboxControls
{
    private readonly SandboxState state;

    internal SandboxControls(SandboxState state) => this.state = state;

    /// <summary>Current number of (non-deleted) customers.</summary>
    public int CustomerCount
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.Customers.Count;
            }
        }
    }

    /// <summary>Every answered request since the last reset of the counters (no headers, no bodies).</summary>
    public IReadOnlyList<SandboxRequest> Requests => state.Log.Snapshot();

    /// <summary>Every access token issued so far (for tests proving tokens never leak).</summary>
    public IReadOnlyCollection<string> IssuedTokens => state.Tokens.History;

    /// <summary>Data back to the seed; tokens kept; counters, faults, garbage answers, latency, rate-limit state and paging mutations cleared.</summary>
    public void Reset()
    {
        state.Reseed();
        state.Log.Clear();
        state.Faults.Clear();
        state.Garbage.Clear();
        state.Outage.Clear();
        state.FaultMix.Clear();
        state.Latency.Clear();
        state.RateLimiter.Reset();
        state.Mutation.Clear();
        state.Dispatcher.ClearLog();
        state.Tokens.Lifetime = state.Options.TokenLifetime;
    }

    /// <summary>The whole service down for a while, from the next request or after some (see <see cref="SandboxOutage"/>); replaces one already armed.</summary>
    public void StartOutage(SandboxOutage outage) => state.Outage.Arm(outage ?? throw new ArgumentNullException(nameof(outage)));

    /// <summary>Ends the outage now (or disarms one not begun yet).</summary>
    public void EndOutage() => state.Outage.Clear();

    /// <summary>Requests the current or last outage answered with its status or dropped.</summary>
    public int OutageAnswers => state.Outage.Answered;

    public void SetLatency(TimeSpan fixedDelay, TimeSpan jitter, string? pathPrefix = null) => state.Latency.Set(fixedDelay, jitter, pathPrefix);

    public void InjectFault(SandboxFault fault) => state.Faults.Add(fault ?? throw new ArgumentNullException(nameof(fault)));

    /// <summary>Clears injected faults and the fault mix.</summary>
    public void ClearFaults()
    {
        state.Faults.Clear();
        state.FaultMix.Set(null);
    }

    /// <summary>
    /// From now on, each API request may meet a fault drawn from the mix (seeded: reproducible; its counts start at
    /// zero); null stops it and keeps its counts readable.
    /// </summary>
    public void SetFaultMix(SandboxFaultMix? mix) => state.FaultMix.Set(mix);

    /// <summary>Faults injected by kind (the mix's property names) since the last mix was set.</summary>
    public IReadOnlyDictionary<string, int> FaultsInjectedByMix => state.FaultMix.Injected;

    /// <summary>Every customer now in the shop (copies), to check what a run really wrote.</summary>
    public IReadOnlyList<SandboxCustomer> Customers
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.Customers.All.Select(c => new SandboxCustomer(c.Id, c.Code, c.Name, c.ContactNumber, c.Email, c.Comments)).ToList();
            }
        }
    }

    /// <summary>Every product now in the shop (copies), to check what a run really wrote.</summary>
    public IReadOnlyList<SandboxProduct> Products
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.Products.Select(p => new SandboxProduct(p.Id, p.Code, p.Name, p.CategoryId, p.BasePrice, p.Unit, p.BarCode, p.Inventories.ToDictionary(i => i.BranchId, i => (decimal)i.OnHand))).ToList();
            }
        }
    }

    /// <summary>Every category now in the shop (copies), to check what a run really wrote.</summary>
    public IReadOnlyList<SandboxCategory> Categories
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.Categories.Select(c => new SandboxCategory(c.CategoryId, c.ParentId, c.CategoryName)).ToList();
            }
        }
    }

    /// <summary>Every invoice now in the shop with its payments (copies), to check what a run really wrote.</summary>
    public IReadOnlyList<SandboxInvoice> Invoices
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.Invoices.All.Select(i => new SandboxInvoice(
                    i.Id, i.Code, i.Status, i.Total, i.TotalPayment,
                    i.Payments.Select(p => new SandboxPayment(p.Id, p.Code, p.Amount, p.Method, p.Status, p.AccountId)).ToList())).ToList();
            }
        }
    }

    /// <summary>Every purchase now in the shop (copies), to check what a run really wrote.</summary>
    public IReadOnlyList<SandboxStockDocument> PurchaseOrders
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.BackOffice.PurchaseOrders.Select(p => new SandboxStockDocument(
                    p.Id, p.Code, p.Status, p.BranchId, null, p.SupplierCode, p.Description, p.PurchaseOrderDetails.Select(l => (l.ProductCode, l.Quantity)).ToList())).ToList();
            }
        }
    }

    /// <summary>Every transfer now in the shop (copies), to check what a run really wrote.</summary>
    public IReadOnlyList<SandboxStockDocument> Transfers
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.BackOffice.Transfers.Select(t => new SandboxStockDocument(
                    t.Id, t.Code, t.Status, t.FromBranchId, t.ToBranchId, null, t.Description, t.TransferDetails.Select(l => (l.ProductCode, l.Quantity)).ToList())).ToList();
            }
        }
    }

    /// <summary>Every order now in the shop (copies), to check what a run really wrote.</summary>
    public IReadOnlyList<SandboxOrder> Orders
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.Orders.All.Select(o => new SandboxOrder(o.Id, o.Code, o.StatusValue, o.Total, o.TotalPayment, o.Description, o.OrderDetails.Count)).ToList();
            }
        }
    }

    /// <summary>The shop setting "Cho phép đặt hàng": off, every order write is refused with KiotViet's settings message.</summary>
    public bool AllowOrders
    {
        get => state.Options.AllowOrders;
        set => state.Options.AllowOrders = value;
    }

    /// <summary>Serves a malformed answer of this kind on GET requests to the list route (after authentication, so they are counted).</summary>
    public void ServeGarbage(SandboxGarbage garbage) => state.Garbage.Add(garbage ?? throw new ArgumentNullException(nameof(garbage)));

    public void ClearGarbage() => state.Garbage.Clear();

    /// <summary>Lifetime of tokens issued from now on.</summary>
    public void SetTokenLifetime(TimeSpan lifetime) => state.Tokens.Lifetime = lifetime;

    /// <summary>Every issued token becomes invalid: the next API call with one gets 401 TokenException.</summary>
    public void ExpireAllTokens() => state.Tokens.ExpireAll();

    public void SetGetRateLimit(int perHour) => state.RateLimiter.SetLimit(perHour);

    /// <summary>After the Nth GET /customers list request, inserts customers (at the end) and deletes the first rows.</summary>
    public void MutateCustomersDuringPaging(int afterListRequests, int insert, int delete) => state.Mutation.Arm(afterListRequests, insert, delete);

    /// <summary>Requests with this method whose path equals the prefix or continues it with "/".</summary>
    public int RequestCount(string method, string pathPrefix) => state.Log.Count(method, pathPrefix);

    public void ResetCounters() => state.Log.Clear();

    /// <summary>The most API and token requests served at the same time since the counters were reset.</summary>
    public int MostRequestsInFlight => state.Log.MostInFlight;

    /// <summary>API and token requests being served now. A request is counted in <see cref="RequestCount"/> only once its answer ends.</summary>
    public int RequestsInFlight => state.Log.InFlight;

    /// <summary>Every webhook delivery attempt so far (body, signature, receiver's status), oldest first.</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries => state.Dispatcher.Deliveries;

    /// <summary>
    /// Sends an event of one of the 15 types with a real payload built from the shop's data (nothing changes) to the webhook
    /// registered for that type; completes when delivery succeeded or gave up (at once when none is registered).
    /// </summary>
    public Task FireWebhookEventAsync(string type, CancellationToken ct = default) => state.Webhooks.FireAsync(type).WaitAsync(ct);
}
