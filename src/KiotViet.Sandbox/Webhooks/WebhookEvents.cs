using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;

namespace KiotViet.Sandbox.Webhooks;

/// <summary>Turns changes in the shop into notifications for the webhook registered for their type.</summary>
internal sealed class WebhookEvents
{
    private readonly SandboxState state;

    public WebhookEvents(SandboxState state) => this.state = state;

    public Task CustomerChanged(Customer customer) => Send("customer.update", new JsonArray(WebhookPayloads.Customer(customer)));

    public Task CustomerDeleted(long id) => Send("customer.delete", WebhookPayloads.Removal(new[] { id }, state.Options.WebhookDeleteShape));

    public Task InvoiceChanged(Invoice invoice) => Send("invoice.update", new JsonArray(WebhookPayloads.Invoice(invoice)));

    public Task OrderChanged(Order order) => Send("order.update", new JsonArray(WebhookPayloads.Order(order)));

    /// <summary>Sends an event of the type with a real payload built from the shop's first matching entity (nothing is changed).</summary>
    public Task FireAsync(string type)
    {
        if (!WebhookTypes.IsKnown(type))
        {
            throw new ArgumentException($"'{type}' is not one of the 15 KiotViet webhook types.", nameof(type));
        }

        var data = state.Data;
        JsonArray payload;
        lock (data.Sync)
        {
            payload = Sample(type, data);
        }

        return Send(type, payload);
    }

    private JsonArray Sample(string type, ShopData data)
    {
        var shape = state.Options.WebhookDeleteShape;
        var product = data.Products[0];
        var price = product.PriceBooks[0];
        return type switch
        {
            "customer.update" => new JsonArray(WebhookPayloads.Customer(First(data.Customers.All, "customers"))),
            "customer.delete" => WebhookPayloads.Removal(new[] { First(data.Customers.All, "customers").Id }, shape),
            "invoice.update" => new JsonArray(WebhookPayloads.Invoice(First(data.Invoices.All, "invoices"))),
            "order.update" => new JsonArray(WebhookPayloads.Order(First(data.Orders.All, "orders"))),
            "product.update" => new JsonArray(WebhookPayloads.Product(product)),
            "product.delete" => WebhookPayloads.Removal(new[] { product.Id }, shape),
            "stock.update" => new JsonArray(product.Inventories.Select(WebhookPayloads.Stock).ToArray()),
            "pricebook.update" => new JsonArray(WebhookPayloads.PriceBook(price, data.Branches)),
            "pricebook.delete" => new JsonArray(price.PriceBookId),
            "pricebookdetail.update" => new JsonArray(WebhookPayloads.PriceBookDetail(price)),
            "pricebookdetail.delete" => new JsonArray(WebhookPayloads.PriceBookDetailRemoval(price)),
            "category.update" => new JsonArray(WebhookPayloads.Category(data.Categories[0])),
            "category.delete" => WebhookPayloads.Removal(new[] { data.Categories[0].CategoryId }, shape),
            "branch.update" => new JsonArray(WebhookPayloads.Branch(data.Branches[0])),
            _ => WebhookPayloads.Removal(new[] { data.Branches[0].Id }, shape),
        };
    }

    private static T First<T>(IReadOnlyList<T> rows, string what) =>
        rows.Count > 0 ? rows[0] : throw new InvalidOperationException($"The shop has no {what} to build the event from.");

    private Task Send(string type, JsonArray payload)
    {
        var data = state.Data;
        WebhookRegistration? hook;
        lock (data.Sync)
        {
            hook = data.Webhooks.ForType(type);
        }

        return state.Dispatcher.Send(hook, type, payload);
    }
}
