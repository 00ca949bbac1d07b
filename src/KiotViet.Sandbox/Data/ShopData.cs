using KiotViet.Sandbox.Http;

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
    }

    public object Sync { get; } = new();

    public SandboxOptions Options { get; }

    public List<CustomerGroup> Groups { get; }

    public List<Branch> Branches { get; }

    public CustomerStore Customers { get; }

    /// <summary>Seeds a fresh shop; dates spread over the two years before today (Vietnam time).</summary>
    public static ShopData Seed(SandboxOptions options, TimeProvider clock) => new(options, VietnamTime.Now(clock).Date);
}
