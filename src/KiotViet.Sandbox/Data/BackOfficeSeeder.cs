namespace KiotViet.Sandbox.Data;

/// <summary>Deterministic back-office records; see <see cref="BackOfficeData"/> for how they link up.</summary>
internal static class BackOfficeSeeder
{
    public const long WholesalePriceBookId = 400001;
    public const long TetPriceBookId = 400002;

    public static List<PriceBook> PriceBooks(DateTime anchor, ShopData shop) => new()
    {
        new(WholesalePriceBookId, "Giá sỉ", true, true, anchor.AddDays(-365), anchor.AddDays(365), false, true, anchor.AddDays(-400), anchor.AddDays(-20),
            new(), new() { new(1, WholesalePriceBookId, 200002, "Khách sỉ"), new(2, WholesalePriceBookId, 200004, "Đại lý") }),
        new(TetPriceBookId, "Giá khuyến mãi Tết", true, false, anchor.AddDays(-30), anchor.AddDays(30), true, true, anchor.AddDays(-45), null,
            shop.Branches.Take(2).Select((b, i) => new PriceBookBranch(10 + i, TetPriceBookId, b.Id, b.BranchName)).ToList(), new()),
    };

    public static List<Supplier> Suppliers(Random random, SandboxOptions options, DateTime anchor)
    {
        string[] names = { "Công ty TNHH Cà phê Tây Nguyên", "Công ty CP Thực phẩm Sài Gòn", "Nhà phân phối Hồng Phát", "Công ty TNHH Gia dụng Minh Long", "Cơ sở Nước mắm Phú Quốc", "Công ty CP Bánh kẹo Hải Hà", "Trà Thái Nguyên Tân Cương", "Đại lý Ô long Bảo Lộc", "Công ty TNHH Nhựa Duy Tân", "Cửa hàng Vật tư Bình Minh", "Công ty TNHH Đồ uống Việt", "Hợp tác xã Nông sản Đà Lạt" };
        return names.Select((name, i) =>
        {
            var (city, districts) = VietnameseNames.Locations[i % VietnameseNames.Locations.Length];
            var created = anchor.AddDays(-random.Next(60, 700));
            return new Supplier(600001 + i * 3, $"NCC{i + 1:D5}", name, "0" + (283_000_0000L + random.Next(1_000_000, 9_999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                i % 3 == 0 ? null : $"lienhe{i + 1}@ncc.vn", $"{random.Next(1, 300)} {VietnameseNames.Streets[i % VietnameseNames.Streets.Length]}", $"{city} - {districts[i % districts.Length]}",
                VietnameseNames.WardNames[i % VietnameseNames.WardNames.Length], $"03{random.Next(10_000_000, 99_999_999)}", name, null, random.Next(0, 50) * 100_000m, random.Next(10, 500) * 1_000_000m,
                i != 5, 1001, options.RetailerId, created, i % 2 == 0 ? created.AddDays(random.Next(1, 50)) : null);
        }).ToList();
    }

    public static List<User> Users(SandboxOptions options, DateTime anchor) =>
        CatalogSeeder.Sellers.Select((s, i) => new User(s.Id, $"nhanvien{i + 1}", s.Name, $"09{i + 1}2345678", $"nhanvien{i + 1}@demoshop.vn", null, anchor.AddYears(-25 - i), "Nhân viên bán hàng", true, options.RetailerId, anchor.AddDays(-700 + i * 30), i == 1 ? anchor.AddDays(-10) : null))
            .Append(new User(20004, "ketoan", "Vũ Thị Mai", "0934567890", "ketoan@demoshop.vn", "12 Lê Lợi", null, "Kế toán", true, options.RetailerId, anchor.AddDays(-500), null))
            .Append(new User(20005, "kho", "Đỗ Văn Hải", "0977889900", null, null, null, "Thủ kho", false, options.RetailerId, anchor.AddDays(-300), anchor.AddDays(-5)))
            .ToList();

    public static List<BankAccount> BankAccounts(SandboxOptions options, DateTime anchor) => new()
    {
        new(700001, "Vietcombank", "0071000123456", "Tài khoản nhận chuyển khoản", options.RetailerId, anchor.AddDays(-700), null),
        new(700002, "Techcombank", "19033445566017", null, options.RetailerId, anchor.AddDays(-400), anchor.AddDays(-15)),
        new(700003, "MB Bank", "0801234567890", "Quẹt thẻ tại quầy", options.RetailerId, anchor.AddDays(-200), null),
    };

    /// <summary>Every 25th completed invoice with a customer is partly returned: its first line, refunded in cash.</summary>
    public static List<Return> Returns(Random random, IReadOnlyList<Invoice> invoices)
    {
        var returns = new List<Return>();
        var id = 90000001L;
        foreach (var invoice in invoices.Where(i => i.Status == InvoiceStatus.Completed && i.CustomerId is not null && i.InvoiceDetails.Count > 0).Where((_, n) => n % 25 == 0))
        {
            var number = returns.Count + 1;
            var line = invoice.InvoiceDetails[0];
            var total = (decimal)line.Quantity * line.Price - line.Discount;
            var when = invoice.PurchaseDate.AddDays(random.Next(1, 7));
            returns.Add(new Return(id, $"TH{number:D6}", invoice.Id, invoice.Code, when, invoice.BranchId, invoice.BranchName, invoice.SoldById, invoice.SoldByName, invoice.CustomerId, invoice.CustomerCode, invoice.CustomerName,
                total, 0m, total, 1, "Đã trả", when, random.Next(3) == 0 ? when.AddHours(2) : null,
                new() { new(line.ProductId, line.ProductCode, line.ProductName, line.Quantity, line.Price, "Khách đổi ý") },
                new() { new(id * 10 + 1, $"TTTH{number:D6}", total, "Cash", 0, "Đã thanh toán", when, null) }));
            id += random.Next(1, 4);
        }

        return returns;
    }

    /// <summary>A receipt (phiếu thu) per invoice payment, a payment (phiếu chi) per return refund.</summary>
    public static List<CashFlow> CashFlows(IReadOnlyList<Invoice> invoices, IReadOnlyList<Return> returns, User cashier)
    {
        var receipts = invoices.SelectMany(i => i.Payments.Select(p => Receipt(i, p, cashier)));
        var refunds = returns.SelectMany(r => r.Payments.Select(p => new CashFlow(p.Id, p.Code, r.BranchId, p.TransDate, p.Amount, p.Method, false, "C", r.CustomerId, r.CustomerName, null, null,
            2, "Chi tiền trả khách", 0, cashier.Id, cashier.GivenName, null, true, $"Chi tiền trả hàng {r.Code} (hóa đơn {r.InvoiceCode})", cashier.Id, p.TransDate)));
        return receipts.Concat(refunds).OrderBy(c => c.TransDate).ThenBy(c => c.Id).ToList();
    }

    /// <summary>The cash book's receipt (phiếu thu) of an invoice payment, with the payment's id and code.</summary>
    public static CashFlow Receipt(Invoice invoice, Payment payment, User cashier) =>
        new(payment.Id, payment.Code, invoice.BranchId, payment.TransDate, payment.Amount, payment.Method, true, invoice.CustomerId is null ? "O" : "C", invoice.CustomerId, invoice.CustomerName, null, null,
            1, "Thu tiền khách trả", 0, cashier.Id, cashier.GivenName, payment.Method == "Transfer" ? payment.AccountId ?? 700001 : payment.AccountId, true, $"Thu tiền khách trả cho hóa đơn {invoice.Code}", cashier.Id, payment.TransDate);

    public static List<PurchaseOrder> PurchaseOrders(Random random, DateTime anchor, ShopData shop, IReadOnlyList<Supplier> suppliers) =>
        Enumerable.Range(1, 15).Select(n =>
        {
            var branch = shop.Branches[n % shop.Branches.Count];
            var supplier = suppliers[n % suppliers.Count];
            var lines = Lines(random, shop.Products, 0.6m);
            var when = anchor.AddDays(-random.Next(1, 300));
            var status = n % 7 == 0 ? 4 : 3;
            return new PurchaseOrder(85000000 + n * 2, $"PN{n:D6}", branch.Id, branch.BranchName, when, supplier.Id, supplier.Code, supplier.Name, CatalogSeeder.Sellers[0].Id, CatalogSeeder.Sellers[0].Name,
                Sum(lines), status == 3 ? Sum(lines) : 0m, 0m, status, status == 3 ? "Đã nhập hàng" : "Đã hủy", n % 4 == 0 ? "Nhập hàng đầu tháng" : null, when, null, lines);
        }).ToList();

    public static List<OrderSupplier> OrderSuppliers(Random random, DateTime anchor, ShopData shop, IReadOnlyList<Supplier> suppliers) =>
        Enumerable.Range(1, 8).Select(n =>
        {
            var branch = shop.Branches[n % shop.Branches.Count];
            var supplier = suppliers[(n * 5) % suppliers.Count];
            var lines = Lines(random, shop.Products, 0.6m);
            var when = anchor.AddDays(-random.Next(1, 120));
            var status = n % 3 == 0 ? 2 : 1;
            return new OrderSupplier(86000000 + n * 3, $"DHN{n:D6}", branch.Id, branch.BranchName, when, supplier.Id, supplier.Code, supplier.Name, Sum(lines), 0m, status,
                status == 1 ? "Phiếu tạm" : "Đã xác nhận NCC", null, when, null, lines);
        }).ToList();

    public static List<Transfer> Transfers(Random random, DateTime anchor, ShopData shop) =>
        Enumerable.Range(1, 10).Select(n =>
        {
            var from = shop.Branches[n % shop.Branches.Count];
            var to = shop.Branches[(n + 1) % shop.Branches.Count];
            var lines = Lines(random, shop.Products, 0.7m);
            var sent = anchor.AddDays(-random.Next(1, 200));
            var status = n % 4 == 0 ? 2 : 3;
            return new Transfer(87000000 + n * 2, $"CH{n:D6}", status, status == 3 ? "Đã nhận" : "Đang chuyển", from.Id, from.BranchName, to.Id, to.BranchName, sent,
                status == 3 ? sent.AddDays(1) : null, Sum(lines), n % 3 == 0 ? "Bổ sung hàng cho chi nhánh" : null, sent, status == 3 ? sent.AddDays(1) : null, lines);
        }).ToList();

    public static List<Surcharge> Surcharges(SandboxOptions options, DateTime anchor, IReadOnlyList<Branch> branches) => new()
    {
        new(800001, "THK000001", "Phí giao hàng", 30_000m, null, true, false, false, null, options.RetailerId, anchor.AddDays(-300)),
        new(800002, "THK000002", "Phí phục vụ", null, 5m, true, true, true, branches[0].Id, options.RetailerId, anchor.AddDays(-200)),
        new(800003, "THK000003", "Phí đóng gói quà", 15_000m, null, false, false, false, branches[^1].Id, options.RetailerId, anchor.AddDays(-100), anchor.AddDays(-40)),
    };

    public static List<SaleChannel> SaleChannels(DateTime anchor) => new()
    {
        new(900001, "Bán trực tiếp", true, 1, true, anchor.AddDays(-730)),
        new(900002, "Facebook", true, 2, false, anchor.AddDays(-500)),
        new(900003, "Shopee", true, 3, false, anchor.AddDays(-400)),
        new(900004, "Zalo", false, 4, false, anchor.AddDays(-100)),
    };

    public static List<Location> Locations()
    {
        var id = 1L;
        return VietnameseNames.Locations.SelectMany(l => l.Districts.Select(d => $"{l.City} - {d}"))
            .Select(name => new Location(id++, name, VietnameseNames.Fold(name)))
            .ToList();
    }

    public static List<Trademark> Trademarks(DateTime anchor) =>
        new[] { "Trung Nguyên", "Vinamilk", "Phúc Long", "Chin-su", "Sunhouse", "Kinh Đô" }
            .Select((name, i) => new Trademark(1100001 + i, name, anchor.AddDays(-600 + i * 40), i % 2 == 0 ? null : anchor.AddDays(-20 + i)))
            .ToList();

    public static List<VoucherCampaign> VoucherCampaigns(DateTime anchor) => new()
    {
        new(1200001, "VC000001", "Tri ân khách hàng", true, anchor.AddDays(-30), anchor.AddDays(60), 50_000m, 300_000m, 8, 30, true, false, anchor.AddDays(-35), null),
        new(1200002, "VC000002", "Khai trương chi nhánh Hà Nội", false, anchor.AddDays(-200), anchor.AddDays(-100), 100_000m, 500_000m, 5, 60, false, true, anchor.AddDays(-210), anchor.AddDays(-100)),
        new(1200003, "VC000003", "Mừng Tết Nguyên Đán", true, anchor.AddDays(-5), anchor.AddDays(25), 20_000m, 0m, 12, 15, true, true, anchor.AddDays(-6), null),
    };

    /// <summary>Each campaign's vouchers, by the statuses 2.24.2 documents: some not released (0), most released (1), a few used (2) or cancelled (3).</summary>
    public static List<Voucher> Vouchers(DateTime anchor, IReadOnlyList<VoucherCampaign> campaigns) =>
        campaigns.SelectMany(c => Enumerable.Range(1, c.Quantity).Select(n =>
        {
            var status = n % 4 == 0 ? 3 : n % 3 == 0 ? 0 : n % 5 == 0 ? 2 : 1;
            var released = status is 1 or 2 ? c.StartDate.AddDays(n % 5) : (DateTime?)null;
            return new Voucher(c.Id * 100 + n, $"{c.Code}-{n:D4}", c.Id, status, released, released?.AddDays(c.ExpireTime), status == 2 ? released!.Value.AddDays(2) : null, c.Price);
        })).ToList();

    /// <summary>Twenty coupons CP000001…CP000020, every fifth already used.</summary>
    public static List<Coupon> Coupons() =>
        Enumerable.Range(1, 20).Select(n => new Coupon($"CP{n:D6}", n % 5 == 0, null)).ToList();

    public static List<ProductAttribute> Attributes() => new()
    {
        new(1, "MÀU", new() { new(1, "Đỏ"), new(1, "Xanh lá"), new(1, "Vàng") }),
        new(2, "KÍCH THƯỚC", new() { new(2, "Nhỏ"), new(2, "Vừa"), new(2, "Lớn") }),
        new(3, "HƯƠNG VỊ", new() { new(3, "Truyền thống"), new(3, "Ít đường") }),
    };

    /// <summary>The settings public clients read (WP reads ManagerCustomerByBranch, PascalCase), and those behind documented errors.</summary>
    public static Dictionary<string, object> Settings() => new()
    {
        ["ManagerCustomerByBranch"] = false,
        ["AllowOrder"] = true,
        ["AllowSellWhenOutStock"] = true,
        ["UseCod"] = true,
        ["UseDelivery"] = true,
        ["AllowChangeSaleTime"] = true,
        ["UseSurcharge"] = true,
        ["SellAllowOrder"] = false,
    };

    private static List<StockLine> Lines(Random random, IReadOnlyList<Product> products, decimal costRatio) =>
        Enumerable.Range(0, random.Next(1, 4)).Select(_ => products[random.Next(products.Count)]).DistinctBy(p => p.Id)
            .Select(p => new StockLine(p.Id, p.Code, p.Name, random.Next(5, 50), p.BasePrice * costRatio, 0m)).ToList();

    private static decimal Sum(IEnumerable<StockLine> lines) => lines.Sum(l => (decimal)l.Quantity * l.Price - l.Discount);
}
