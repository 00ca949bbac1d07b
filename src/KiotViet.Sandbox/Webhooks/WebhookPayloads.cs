using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Webhooks;

/// <summary>The PascalCase Data items of each event, with the ServiceStack __type hint and dates carrying +07:00.</summary>
internal static class WebhookPayloads
{
    private const string ModelNamespace = "KiotViet.OmniChannelCore.Api.Shared.Model.";
    private const string ModelAssembly = ", KiotViet.OmniChannelCore.Api.Shared";

    public static JsonObject Customer(Customer c) => new()
    {
        ["__type"] = TypeHint("WebhookCustomerUpdateRes"),
        ["Id"] = c.Id,
        ["Code"] = c.Code,
        ["Name"] = c.Name,
        ["Gender"] = c.Gender,
        ["BirthDate"] = Date(c.BirthDate),
        ["ContactNumber"] = c.ContactNumber,
        ["Address"] = c.Address,
        ["LocationName"] = c.LocationName,
        ["Email"] = c.Email,
        ["ModifiedDate"] = Date(c.LastChanged),
        ["Type"] = c.Type,
        ["Organization"] = c.Organization,
        ["TaxCode"] = c.TaxCode,
        ["Comments"] = c.Comments,
        ["RetailerId"] = c.RetailerId,
    };

    public static JsonObject Invoice(Invoice i) => new()
    {
        ["__type"] = TypeHint("WebhookInvoiceUpdateRes"),
        ["Id"] = i.Id,
        ["Code"] = i.Code,
        ["PurchaseDate"] = Date(i.PurchaseDate),
        ["BranchId"] = i.BranchId,
        ["BranchName"] = i.BranchName,
        ["SoldById"] = i.SoldById,
        ["SoldByName"] = i.SoldByName,
        ["CustomerId"] = i.CustomerId,
        ["CustomerCode"] = i.CustomerCode,
        ["CustomerName"] = i.CustomerName,
        ["Total"] = i.Total,
        ["TotalPayment"] = i.TotalPayment,
        ["Status"] = i.Status,
        ["StatusValue"] = i.StatusValue,
        ["UsingCod"] = i.UsingCod,
        ["ModifiedDate"] = Date(i.LastChanged),
        ["InvoiceDetails"] = Lines(i.InvoiceDetails),
        ["Payments"] = new JsonArray(i.Payments.Select(p => (JsonNode?)new JsonObject { ["Id"] = p.Id, ["Code"] = p.Code, ["Amount"] = p.Amount, ["Method"] = p.Method, ["Status"] = p.Status, ["StatusValue"] = p.StatusValue, ["TransDate"] = Date(p.TransDate) }).ToArray()),
        ["InvoiceDelivery"] = i.InvoiceDelivery is { } d ? new JsonObject { ["DeliveryCode"] = d.DeliveryCode, ["Status"] = d.Status, ["StatusValue"] = d.StatusValue, ["Receiver"] = d.Receiver, ["ContactNumber"] = d.ContactNumber, ["Address"] = d.Address } : null,
        ["RetailerId"] = i.RetailerId,
    };

    public static JsonObject Order(Order o) => new()
    {
        ["__type"] = TypeHint("WebhookOrderUpdateRes"),
        ["Id"] = o.Id,
        ["Code"] = o.Code,
        ["PurchaseDate"] = Date(o.PurchaseDate),
        ["BranchId"] = o.BranchId,
        ["BranchName"] = o.BranchName,
        ["CustomerId"] = o.CustomerId,
        ["CustomerCode"] = o.CustomerCode,
        ["CustomerName"] = o.CustomerName,
        ["Total"] = o.Total,
        ["TotalPayment"] = o.TotalPayment,
        ["Status"] = o.Status,
        ["StatusValue"] = o.StatusValue,
        ["ModifiedDate"] = Date(o.LastChanged),
        ["OrderDetails"] = Lines(o.OrderDetails),
        ["RetailerId"] = o.RetailerId,
    };

    public static JsonObject Product(Product p) => new()
    {
        ["__type"] = TypeHint("WebhookProductUpdateRes"),
        ["Id"] = p.Id,
        ["Code"] = p.Code,
        ["Name"] = p.Name,
        ["FullName"] = p.FullName,
        ["CategoryId"] = p.CategoryId,
        ["CategoryName"] = p.CategoryName,
        ["AllowsSale"] = p.AllowsSale,
        ["HasVariants"] = p.HasVariants,
        ["BasePrice"] = p.BasePrice,
        ["Unit"] = p.Unit,
        ["isActive"] = p.IsActive,
        ["ModifiedDate"] = Date(p.LastChanged),
        ["Inventories"] = new JsonArray(p.Inventories.Select(Stock).ToArray()),
        ["PriceBooks"] = new JsonArray(p.PriceBooks.Select(b => (JsonNode?)new JsonObject { ["PriceBookId"] = b.PriceBookId, ["PriceBookName"] = b.PriceBookName, ["Price"] = b.Price }).ToArray()),
        ["RetailerId"] = p.RetailerId,
    };

    public static JsonNode? Stock(ProductInventory s) => new JsonObject
    {
        ["__type"] = TypeHint("WebhookProductStockRes"),
        ["ProductId"] = s.ProductId,
        ["ProductCode"] = s.ProductCode,
        ["ProductName"] = s.ProductName,
        ["BranchId"] = s.BranchId,
        ["BranchName"] = s.BranchName,
        ["Cost"] = s.Cost,
        ["OnHand"] = s.OnHand,
        ["Reserved"] = s.Reserved,
    };

    public static JsonObject Category(Category c) => new()
    {
        ["CategoryId"] = c.CategoryId,
        ["ParentId"] = c.ParentId,
        ["CategoryName"] = c.CategoryName,
        ["RetailerId"] = c.RetailerId,
        ["ModifiedDate"] = Date(c.ModifiedDate ?? c.CreatedDate),
    };

    public static JsonObject Branch(Branch b) => new()
    {
        ["Id"] = b.Id,
        ["BranchName"] = b.BranchName,
        ["BranchCode"] = b.BranchCode,
        ["Address"] = b.Address,
        ["ContactNumber"] = b.ContactNumber,
        ["RetailerId"] = b.RetailerId,
        ["ModifiedDate"] = Date(b.ModifiedDate ?? b.CreatedDate),
    };

    public static JsonObject PriceBook(ProductPrice p, IReadOnlyList<Branch> branches) => new()
    {
        ["Id"] = p.PriceBookId,
        ["Name"] = p.PriceBookName,
        ["IsActive"] = p.IsActive,
        ["StartDate"] = Date(p.StartDate),
        ["EndDate"] = Date(p.EndDate),
        ["PriceBookBranches"] = new JsonArray(branches.Select(b => (JsonNode?)new JsonObject { ["BranchId"] = b.Id, ["BranchName"] = b.BranchName }).ToArray()),
        ["PriceBookCustomerGroups"] = new JsonArray(),
        ["PriceBookUsers"] = new JsonArray(),
    };

    public static JsonObject PriceBookDetail(ProductPrice p) => new() { ["PriceBookId"] = p.PriceBookId, ["ProductId"] = p.ProductId, ["Price"] = p.Price };

    public static JsonObject PriceBookDetailRemoval(ProductPrice p) => new() { ["PricebookId"] = p.PriceBookId, ["ProductIds"] = new JsonArray(p.ProductId) };

    /// <summary>Data of a *.delete event: the ids themselves (WP plugin shape) or one {"RemoveId": [...]} object (doc shape).</summary>
    public static JsonArray Removal(IEnumerable<long> ids, WebhookDeleteShape shape)
    {
        var idArray = ids.Select(id => (JsonNode?)id).ToArray();
        return shape == WebhookDeleteShape.RemoveIdObject
            ? new JsonArray(new JsonObject { ["RemoveId"] = new JsonArray(idArray) })
            : new JsonArray(idArray);
    }

    private static JsonArray Lines(IEnumerable<SaleLine> lines) => new(lines.Select(l => (JsonNode?)new JsonObject
    {
        ["ProductId"] = l.ProductId,
        ["ProductCode"] = l.ProductCode,
        ["ProductName"] = l.ProductName,
        ["Quantity"] = l.Quantity,
        ["Price"] = l.Price,
        ["Discount"] = l.Discount,
        ["DiscountRatio"] = l.DiscountRatio,
        ["Note"] = l.Note,
    }).ToArray());

    private static string TypeHint(string model) => ModelNamespace + model + ModelAssembly;

    private static string? Date(DateTime? local) => local is { } value ? VietnamTime.ForWebhook(value) : null;
}
