using KiotViet.Sandbox.Http;
using KiotViet.Sandbox.Webhooks;

namespace KiotViet.Sandbox.Data;

/// <summary>All data of the demo shop. Every read and write happens under <see cref="Sync"/>.</summary>
internal sealed class ShopData
{
    private ShopData(SandboxOptions options, DateTime anchor)
    {
        Options = options;
        Groups = CustomerSeeder.Groups(options, anchor);
        Branches = CustomerSeeder.Branches(options, anchor);
        Customers = new CustomerStore(CustomerSeeder.Customers(options, anchor, Groups, Branches));
        Categories = CatalogSeeder.Categories(options, anchor);
        Products = CatalogSeeder.Products(options, anchor, Categories, Branches);
        Orders = new Ledger<Order>(OrderSeeder.Orders(options, anchor, Customers.All, Branches, Products), o => o.Id, o => o.Code);
        Invoices = new Ledger<Invoice>(InvoiceSeeder.Invoices(options, anchor, Customers.All, Branches, Products, Orders.All), i => i.Id, i => i.Code);
        BackOffice = new BackOfficeData(options, anchor, this);
    }

    public object Sync { get; } = new();

    public SandboxOptions Options { get; }

    public List<CustomerGroup> Groups { get; }

    public List<Branch> Branches { get; }

    public CustomerStore Customers { get; }

    public List<Category> Categories { get; }

    public List<Product> Products { get; }

    public Ledger<Invoice> Invoices { get; }

    public Ledger<Order> Orders { get; }

    public WebhookRegistry Webhooks { get; } = new();

    /// <summary>Price books, cash book, returns, purchases, transfers and the shop's reference lists.</summary>
    public BackOfficeData BackOffice { get; }

    /// <summary>Seeds a fresh shop; dates spread over the two years before today (Vietnam time).</summary>
    public static ShopData Seed(SandboxOptions options, TimeProvider clock) => new(options, VietnamTime.Now(clock).Date);
}
