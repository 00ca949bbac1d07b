namespace KiotViet.Sandbox.Data;

/// <summary>Deterministic categories (three levels), products with inventories and price books, and sellers.</summary>
internal static class CatalogSeeder
{
    private static readonly (string Name, (string Name, string[] Leaves)[] Children)[] Tree =
    {
        ("Đồ uống", new[] { ("Cà phê", new[] { "Cà phê hạt", "Cà phê phin" }), ("Trà", new[] { "Trà xanh", "Trà ô long" }) }),
        ("Thực phẩm", new[] { ("Bánh kẹo", new[] { "Bánh quy", "Kẹo dẻo" }), ("Gia vị", new[] { "Nước mắm", "Nước tương" }) }),
        ("Gia dụng", new[] { ("Nhà bếp", new[] { "Nồi chảo" }), ("Vệ sinh", Array.Empty<string>()) }),
    };

    private static readonly string[] Units = { "gói", "hộp", "chai", "cái", "kg" };

    public static readonly Seller[] Sellers = { new(20001, "Trần Thu Trang"), new(20002, "Lê Minh Quân"), new(20003, "Phạm Hồng Nhung") };

    public static List<Category> Categories(SandboxOptions options, DateTime anchor)
    {
        var categories = new List<Category>();
        var id = 300001L;
        foreach (var (rootName, children) in Tree)
        {
            var root = Add(categories, ref id, null, rootName, options, anchor);
            foreach (var (childName, leaves) in children)
            {
                var child = Add(categories, ref id, root.CategoryId, childName, options, anchor);
                foreach (var leaf in leaves)
                {
                    Add(categories, ref id, child.CategoryId, leaf, options, anchor);
                }
            }
        }

        foreach (var category in categories)
        {
            category.HasChild = categories.Any(c => c.ParentId == category.CategoryId);
        }

        return categories;
    }

    public static List<Product> Products(SandboxOptions options, DateTime anchor, IReadOnlyList<Category> categories, IReadOnlyList<Branch> branches)
    {
        var random = new Random(options.Seed * 7919);
        var leaves = categories.Where(c => !c.HasChild).ToList();
        var products = new List<Product>();
        var id = 5000001L;
        for (var n = 1; n <= 60; n++)
        {
            var category = leaves[n % leaves.Count];
            var name = $"{category.CategoryName} loại {n}";
            var price = random.Next(1, 100) * 5_000m;
            var created = anchor.AddDays(-random.Next(30, 720));
            var product = new Product
            {
                Id = id,
                Code = $"SP{n:D6}",
                Name = name,
                FullName = name,
                CategoryId = category.CategoryId,
                CategoryName = category.CategoryName,
                BasePrice = price,
                Unit = Units[n % Units.Length],
                Weight = random.Next(100, 2000),
                RetailerId = options.RetailerId,
                CreatedDate = created,
                ModifiedDate = random.Next(2) == 0 ? null : created.AddDays(random.Next(1, 30)),
            };
            product.Inventories.AddRange(branches.Select(b => new ProductInventory(id, product.Code, name, b.Id, b.BranchName, price * 0.7m, random.Next(0, 200), random.Next(0, 5))));
            product.PriceBooks.Add(new ProductPrice(BackOfficeSeeder.WholesalePriceBookId, "Giá sỉ", id, true, anchor.AddDays(-365), anchor.AddDays(365), price * 0.9m));
            if (n % 3 == 0)
            {
                product.PriceBooks.Add(new ProductPrice(BackOfficeSeeder.TetPriceBookId, "Giá khuyến mãi Tết", id, true, anchor.AddDays(-30), anchor.AddDays(30), price * 0.8m));
            }

            products.Add(product);
            id += random.Next(1, 5);
        }

        return products;
    }

    private static Category Add(List<Category> categories, ref long id, long? parentId, string name, SandboxOptions options, DateTime anchor)
    {
        var category = new Category { CategoryId = id++, ParentId = parentId, CategoryName = name, RetailerId = options.RetailerId, CreatedDate = anchor.AddDays(-720 + categories.Count) };
        categories.Add(category);
        return category;
    }
}
