namespace KiotViet.Sandbox.Data;

/// <summary>Deterministic customers, groups and branches from the seed.</summary>
internal static class CustomerSeeder
{
    public const long FirstCustomerId = 1000001;

    public static List<CustomerGroup> Groups(SandboxOptions options, DateTime anchor) => new()
    {
        new(200001, "Khách VIP", "Khách hàng thân thiết chi tiêu cao", 5m, anchor.AddDays(-700), 1, options.RetailerId),
        new(200002, "Khách sỉ", "Mua số lượng lớn", 10m, anchor.AddDays(-690), 1, options.RetailerId),
        new(200003, "Khách lẻ", null, null, anchor.AddDays(-680), 1, options.RetailerId),
        new(200004, "Đại lý", "Đại lý cấp 2", 15m, anchor.AddDays(-500), 1, options.RetailerId),
        new(200005, "Nhân viên", "Ưu đãi nội bộ", 20m, anchor.AddDays(-300), 1, options.RetailerId),
    };

    public static List<Branch> Branches(SandboxOptions options, DateTime anchor) => new()
    {
        new(1001, "Chi nhánh trung tâm", "CN01", "0283822 1234", "trungtam@demoshop.vn", "12 Lê Lợi", "Hồ Chí Minh - Quận 1", options.RetailerId, anchor.AddDays(-730), null),
        new(1002, "Chi nhánh Quận 3", "CN02", "0283930 5678", "quan3@demoshop.vn", "88 Cách Mạng Tháng Tám", "Hồ Chí Minh - Quận 3", options.RetailerId, anchor.AddDays(-600), anchor.AddDays(-30)),
        new(1003, "Chi nhánh Hà Nội", "CN03", "0243936 9999", "hanoi@demoshop.vn", "5 Hàng Bạc", "Hà Nội - Quận Hoàn Kiếm", options.RetailerId, anchor.AddDays(-400), null),
    };

    public static List<Customer> Customers(SandboxOptions options, DateTime anchor, IReadOnlyList<CustomerGroup> groups, IReadOnlyList<Branch> branches)
    {
        var random = new Random(options.Seed);
        var customers = new List<Customer>(options.CustomerCount);
        var id = FirstCustomerId;
        for (var n = 1; n <= options.CustomerCount; n++)
        {
            customers.Add(Create(random, options, anchor, id, n, groups, branches));
            id += random.Next(1, 8);
        }

        return customers;
    }

    public static Customer Create(Random random, SandboxOptions options, DateTime anchor, long id, int number, IReadOnlyList<CustomerGroup> groups, IReadOnlyList<Branch> branches)
    {
        var male = random.Next(2) == 0;
        var name = PersonName(random, male);
        var (city, districts) = VietnameseNames.Locations[random.Next(VietnameseNames.Locations.Length)];
        var created = anchor.AddMinutes(-random.Next(60, 730 * 24 * 60)).AddMilliseconds(random.Next(1000));
        var modified = random.Next(3) == 0 ? (DateTime?)null : created.AddMinutes(random.Next(0, (int)Math.Max(1, (anchor - created).TotalMinutes)));
        var company = random.Next(20) == 0;
        var invoiced = random.Next(4) == 0 ? 0 : random.Next(1, 400) * 10_000m;
        var customer = new Customer
        {
            Id = id,
            Code = $"KH{number:D6}",
            Name = name,
            Gender = random.Next(10) == 0 ? null : male,
            BirthDate = random.Next(3) == 0 ? new DateTime(random.Next(1960, 2006), random.Next(1, 13), random.Next(1, 29)) : null,
            ContactNumber = Phone(random),
            Address = $"{random.Next(1, 300)} {VietnameseNames.Streets[random.Next(VietnameseNames.Streets.Length)]}",
            LocationName = $"{city} - {districts[random.Next(districts.Length)]}",
            WardName = VietnameseNames.WardNames[random.Next(VietnameseNames.WardNames.Length)],
            Email = random.Next(3) == 0 ? null : $"{VietnameseNames.Fold(name.Split(' ')[^1])}.{VietnameseNames.Fold(name.Split(' ')[0])}{number}@gmail.com",
            Organization = company ? VietnameseNames.Organizations[random.Next(VietnameseNames.Organizations.Length)] : null,
            TaxCode = company ? $"03{random.Next(10_000_000, 99_999_999)}" : null,
            Comments = random.Next(8) == 0 ? "Giao hàng giờ hành chính" : null,
            Type = company ? 1 : 0,
            BranchId = branches[random.Next(branches.Count)].Id,
            Debt = random.Next(6) == 0 ? random.Next(1, 50) * 10_000m : 0m,
            TotalInvoiced = invoiced,
            TotalRevenue = invoiced,
            TotalPoint = (int)(invoiced / 100_000m),
            RewardPoint = (int)(invoiced / 200_000m),
            RetailerId = options.RetailerId,
            CreatedDate = created,
            ModifiedDate = modified,
        };
        if (random.Next(3) != 0)
        {
            customer.GroupIds.Add(groups[random.Next(groups.Count)].Id);
        }

        return customer;
    }

    private static string PersonName(Random random, bool male)
    {
        var family = VietnameseNames.FamilyNames[random.Next(VietnameseNames.FamilyNames.Length)];
        var middle = male ? VietnameseNames.MaleMiddleNames : VietnameseNames.FemaleMiddleNames;
        var given = male ? VietnameseNames.MaleGivenNames : VietnameseNames.FemaleGivenNames;
        return $"{family} {middle[random.Next(middle.Length)]} {given[random.Next(given.Length)]}";
    }

    private static string Phone(Random random) =>
        VietnameseNames.MobilePrefixes[random.Next(VietnameseNames.MobilePrefixes.Length)] + random.Next(0, 10_000_000).ToString("D7");
}
