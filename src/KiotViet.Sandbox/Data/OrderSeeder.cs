namespace KiotViet.Sandbox.Data;

/// <summary>Deterministic orders for seeded customers and products, spread over every status.</summary>
internal static class OrderSeeder
{
    public static List<Order> Orders(SandboxOptions options, DateTime anchor, IReadOnlyList<Customer> customers, IReadOnlyList<Branch> branches, IReadOnlyList<Product> products)
    {
        var random = new Random(options.Seed * 15485863);
        var orders = new List<Order>(options.OrderCount);
        var id = 60000001L;
        for (var n = 1; n <= options.OrderCount; n++)
        {
            var branch = branches[random.Next(branches.Count)];
            var seller = CatalogSeeder.Sellers[random.Next(CatalogSeeder.Sellers.Length)];
            var customer = customers.Count == 0 ? null : customers[random.Next(customers.Count)];
            var lines = SaleLines.Random(random, products);
            var created = anchor.AddMinutes(-random.Next(10, 365 * 24 * 60));
            orders.Add(new Order
            {
                Id = id,
                Code = $"DH{n:D6}",
                PurchaseDate = created,
                Total = SaleLines.Total(lines),
                Status = random.Next(1, 6),
                RetailerId = options.RetailerId,
                CreatedDate = created,
                ModifiedDate = random.Next(2) == 0 ? created.AddHours(random.Next(1, 48)) : null,
                OrderDetails = lines,
            }.With<Order>(branch, seller, customer));
            id += random.Next(1, 4);
        }

        return orders;
    }
}

/// <summary>Random order/invoice lines from the seeded products.</summary>
internal static class SaleLines
{
    public static List<SaleLine> Random(Random random, IReadOnlyList<Product> products)
    {
        var count = random.Next(1, 5);
        var lines = new List<SaleLine>(count);
        for (var i = 0; i < count; i++)
        {
            var product = products[random.Next(products.Count)];
            var discount = random.Next(5) == 0 ? 5_000m : 0m;
            lines.Add(new SaleLine(product.Id, product.Code, product.Name, random.Next(1, 6), product.BasePrice, discount, 0, null));
        }

        return lines;
    }

    public static decimal Total(IEnumerable<SaleLine> lines) => lines.Sum(l => l.Price * (decimal)l.Quantity - l.Discount);
}
