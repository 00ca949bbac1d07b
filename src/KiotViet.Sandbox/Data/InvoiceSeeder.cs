namespace KiotViet.Sandbox.Data;

/// <summary>Deterministic invoices for seeded customers, branches, sellers and products.</summary>
internal static class InvoiceSeeder
{
    private static readonly PartnerDelivery Carrier = new("GHN", "Giao Hàng Nhanh", "405/15 Xô Viết Nghệ Tĩnh, Bình Thạnh", "19001200", "cskh@ghn.vn");

    public static List<Invoice> Invoices(SandboxOptions options, DateTime anchor, IReadOnlyList<Customer> customers, IReadOnlyList<Branch> branches, IReadOnlyList<Product> products, IReadOnlyList<Order> orders)
    {
        var random = new Random(options.Seed * 104729);
        var invoices = new List<Invoice>(options.InvoiceCount);
        var id = 80000001L;
        for (var n = 1; n <= options.InvoiceCount; n++)
        {
            invoices.Add(Create(random, options, anchor, id, n, customers, branches, products, n % 10 == 0 && orders.Count > 0 ? orders[n / 10 % orders.Count] : null));
            id += random.Next(1, 6);
        }

        return invoices;
    }

    private static Invoice Create(Random random, SandboxOptions options, DateTime anchor, long id, int number, IReadOnlyList<Customer> customers, IReadOnlyList<Branch> branches, IReadOnlyList<Product> products, Order? order)
    {
        var branch = branches[random.Next(branches.Count)];
        var seller = CatalogSeeder.Sellers[random.Next(CatalogSeeder.Sellers.Length)];
        var customer = customers.Count == 0 || random.Next(10) == 0 ? null : customers[random.Next(customers.Count)];
        var lines = SaleLines.Random(random, products);
        var total = SaleLines.Total(lines);
        var status = Status(random);
        var purchased = anchor.AddMinutes(-random.Next(10, 730 * 24 * 60)).AddMilliseconds(random.Next(1000));
        var delivered = random.Next(4) == 0 || status == InvoiceStatus.Undeliverable;
        var paid = status == InvoiceStatus.Completed ? total : 0m;
        return new Invoice
        {
            Id = id,
            Code = $"HD{number:D6}",
            PurchaseDate = purchased,
            OrderId = order?.Id,
            OrderCode = order?.Code,
            Total = total,
            TotalPayment = paid,
            Status = status,
            Description = random.Next(5) == 0 ? "Khách hẹn lấy hàng chiều" : null,
            UsingCod = delivered && random.Next(2) == 0,
            RetailerId = options.RetailerId,
            CreatedDate = purchased,
            ModifiedDate = random.Next(3) == 0 ? purchased.AddMinutes(random.Next(1, 600)) : null,
            InvoiceDetails = lines,
            Payments = paid > 0 ? new List<Payment> { new(id * 10 + 1, $"TTHD{number:D6}", paid, random.Next(3) == 0 ? "Transfer" : "Cash", 0, "Đã thanh toán", purchased, null) } : new List<Payment>(),
            InvoiceDelivery = delivered ? Delivery(random, number, status, customer, branch) : null,
        }.With<Invoice>(branch, seller, customer);
    }

    private static int Status(Random random) => random.Next(100) switch
    {
        < 80 => InvoiceStatus.Completed,
        < 87 => InvoiceStatus.Cancelled,
        < 97 => InvoiceStatus.InProgress,
        _ => InvoiceStatus.Undeliverable,
    };

    private static InvoiceDelivery Delivery(Random random, int number, int invoiceStatus, Customer? customer, Branch branch)
    {
        var status = invoiceStatus == InvoiceStatus.Undeliverable ? 5 : random.Next(1, 4);
        return new InvoiceDelivery(
            $"GHN{number:D8}", 1, status, KiotViet.Sandbox.Routes.SaleExtras.DeliveryStatuses[status - 1], 30_000m,
            customer?.Name ?? "Khách lẻ", customer?.ContactNumber ?? "0900000000", customer?.Address ?? branch.Address,
            random.Next(1, 700), customer?.LocationName ?? branch.LocationName, false, 0m,
            random.Next(200, 3000), 20, 15, 10, 1, Carrier);
    }
}
