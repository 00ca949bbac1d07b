using KiotViet.Sandbox.Auth;
using KiotViet.Sandbox.Controls;
using KiotViet.Sandbox.Http;
using KiotViet.Sandbox.Routes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KiotViet.Sandbox;

/// <summary>A running sandbox: a Kestrel server behaving like the KiotViet Public API, plus its test controls.</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SandboxState state;

    private SandboxServer(WebApplication app, SandboxState state, SandboxControls controls, Uri root)
    {
        this.app = app;
        this.state = state;
        Options = state.Options;
        Controls = controls;
        BaseUri = root;
        TokenUri = new Uri(root, TokenEndpoint.RetailPath.TrimStart('/'));
        FnbBaseUri = new Uri(root, SandboxRoutes.FnbPrefix.TrimStart('/') + "/");
        FnbTokenUri = new Uri(root, TokenEndpoint.FnbPath.TrimStart('/'));
    }

    /// <summary>Retail API root, with a trailing slash.</summary>
    public Uri BaseUri { get; }

    public Uri TokenUri { get; }

    /// <summary>F&amp;B API root, with a trailing slash.</summary>
    public Uri FnbBaseUri { get; }

    /// <summary>Issues F&amp;B tokens (scope PublicApi.Access.FNB).</summary>
    public Uri FnbTokenUri { get; }

    public SandboxOptions Options { get; }

    public SandboxControls Controls { get; }

    /// <summary>
    /// Seeds the shop and starts listening; port 0 picks a free port. <paramref name="clock"/> (default: the system
    /// clock) is the sandbox's time: dates it stamps, token expiry, the hourly GET budget and the latency it adds,
    /// so a test can move time forward instead of sleeping.
    /// </summary>
    public static async Task<SandboxServer> StartAsync(SandboxOptions? options = null, string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default, TimeProvider? clock = null)
    {
        var state = new SandboxState(options ?? new SandboxOptions(), clock ?? TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var controls = new SandboxControls(state);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(controls);
        var app = builder.Build();
        app.Use(SandboxPipeline.InvokeAsync);
        MapEndpoints(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxServer(app, state, controls, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        state.Dispatcher.Dispose();
    }

    private static void MapEndpoints(WebApplication app)
    {
        TokenEndpoint.Map(app);
        ControlRoutes.Map(app);
        MapCatalog(app);
        InvoiceRoutes.Map(app);
        InvoiceWriteRoutes.Map(app);
        InvoiceCancelRoutes.Map(app, app.Services.GetRequiredService<SandboxState>().Options.InvoiceCancelForm);
        BranchRoutes.Map(app);
        BackOfficeRoutes.Map(app);
        PriceBookWriteRoutes.Map(app);
        PurchaseOrderWriteRoutes.Map(app);
        TransferWriteRoutes.Map(app);
        SurchargeWriteRoutes.Map(app);
        VoucherWriteRoutes.Map(app, app.Services.GetRequiredService<SandboxState>().Options.VoucherCancelMethod);
        WebhookRoutes.Map(app);
        OrderRoutes.MapRetail(app);
        OrderWriteRoutes.Map(app);
        var fnb = app.MapGroup(SandboxRoutes.FnbPrefix);
        MapCatalog(fnb);
        OrderRoutes.MapFnb(fnb);
    }

    /// <summary>The resources both editions serve: customers, categories, products.</summary>
    private static void MapCatalog(IEndpointRouteBuilder api)
    {
        CustomerRoutes.Map(api);
        CustomerBulkRoutes.Map(api);
        CategoryRoutes.Map(api);
        CategoryWriteRoutes.Map(api);
        ProductRoutes.Map(api);
        ProductWriteRoutes.Map(api);
        ProductBulkRoutes.Map(api);
    }
}
