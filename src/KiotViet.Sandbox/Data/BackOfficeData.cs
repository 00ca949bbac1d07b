namespace KiotViet.Sandbox.Data;

/// <summary>
/// The shop's back office, seeded from the same shop so that it links up: price books for the seeded products,
/// a receipt in the cash book for each invoice payment, returns of some completed invoices (each refunded by a cash
/// book payment), purchases and supplier orders from the seeded suppliers, transfers between the seeded branches.
/// </summary>
internal sealed class BackOfficeData
{
    public BackOfficeData(SandboxOptions options, DateTime anchor, ShopData shop)
    {
        var random = new Random(options.Seed * 6151);
        PriceBooks = BackOfficeSeeder.PriceBooks(anchor, shop);
        Suppliers = BackOfficeSeeder.Suppliers(random, options, anchor);
        Users = BackOfficeSeeder.Users(options, anchor);
        BankAccounts = BackOfficeSeeder.BankAccounts(options, anchor);
        Returns = BackOfficeSeeder.Returns(random, shop.Invoices.All);
        CashFlows = BackOfficeSeeder.CashFlows(shop.Invoices.All, Returns, Users[0]);
        PurchaseOrders = BackOfficeSeeder.PurchaseOrders(random, anchor, shop, Suppliers);
        OrderSuppliers = BackOfficeSeeder.OrderSuppliers(random, anchor, shop, Suppliers);
        Transfers = BackOfficeSeeder.Transfers(random, anchor, shop);
        Surcharges = BackOfficeSeeder.Surcharges(options, anchor, shop.Branches);
        SaleChannels = BackOfficeSeeder.SaleChannels(anchor);
        Locations = BackOfficeSeeder.Locations();
        Trademarks = BackOfficeSeeder.Trademarks(anchor);
        VoucherCampaigns = BackOfficeSeeder.VoucherCampaigns(anchor);
        Vouchers = BackOfficeSeeder.Vouchers(anchor, VoucherCampaigns);
        Attributes = BackOfficeSeeder.Attributes();
        Settings = BackOfficeSeeder.Settings();
        RemovedSuppliers = new() { new Removal(Suppliers[^1].Id + 7, anchor.AddDays(-3)) };
        RemovedUsers = new() { new Removal(Users[^1].Id + 5, anchor.AddDays(-2)) };
        RemovedBankAccounts = new() { new Removal(BankAccounts[^1].Id + 3, anchor.AddDays(-4)) };
    }

    public List<PriceBook> PriceBooks { get; }
    public List<Supplier> Suppliers { get; }
    public List<User> Users { get; }
    public List<BankAccount> BankAccounts { get; }
    public List<Return> Returns { get; }
    public List<CashFlow> CashFlows { get; }
    public List<PurchaseOrder> PurchaseOrders { get; }
    public List<OrderSupplier> OrderSuppliers { get; }
    public List<Transfer> Transfers { get; }
    public List<Surcharge> Surcharges { get; }
    public List<SaleChannel> SaleChannels { get; }
    public List<Location> Locations { get; }
    public List<Trademark> Trademarks { get; }
    public List<VoucherCampaign> VoucherCampaigns { get; }
    public List<Voucher> Vouchers { get; }

    /// <summary>Coupons (only marked used through the API, 2.23; the doc has no read of them).</summary>
    public List<Coupon> Coupons { get; } = BackOfficeSeeder.Coupons();
    public List<ProductAttribute> Attributes { get; }
    public Dictionary<string, object> Settings { get; }
    public List<Removal> RemovedSuppliers { get; }
    public List<Removal> RemovedUsers { get; }
    public List<Removal> RemovedBankAccounts { get; }
}
