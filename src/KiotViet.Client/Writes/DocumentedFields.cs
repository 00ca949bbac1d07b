using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Writes;

/// <summary>
/// The fields a caller can give that a write's operation does not document (docs/design.md, "The documentation is
/// the spec"; tests/fixtures/api-reference). KiotViet ignores a field it does not read, silently, so such a field is
/// refused before any request, naming it, rather than sent and reported as saved. Each engine write checks its input
/// here; the cmdlets ask the same questions to refuse a row in its turn.
/// </summary>
public static class DocumentedFields
{
    /// <summary>
    /// Fields POST /customers (2.6.3) does not document: organization (printed in answers only) and taxCode (PUT
    /// /customers/{id} documents it, so it can be set by an update once the customer exists).
    /// </summary>
    public static IReadOnlyList<string> NotInCustomerCreate(CustomerDraft draft) =>
        Given((nameof(CustomerDraft.Organization), draft.Organization), (nameof(CustomerDraft.TaxCode), draft.TaxCode));

    /// <summary>Fields PUT /customers/{id} (2.6.4) does not document: organization, branchId.</summary>
    public static IReadOnlyList<string> NotInCustomerUpdate(CustomerDraft changes) =>
        Given((nameof(CustomerDraft.Organization), changes.Organization), (nameof(CustomerDraft.BranchId), changes.BranchId));

    /// <summary>
    /// Fields of an order update PUT /orders/{id} (2.5.4) does not document: a note on a line (POST documents one), and
    /// in orderDelivery a status or COD (only invoices document them).
    /// </summary>
    public static IReadOnlyList<string> NotInOrderUpdate(OrderChanges changes) =>
        (changes.OrderDetails is not { } lines
            ? Enumerable.Empty<string>()
            : lines.Select((line, index) => (line, index))
                .Where(l => !string.IsNullOrWhiteSpace(l.line.Note))
                .Select(l => $"the note of line {l.index + 1} ({l.line.ProductCode ?? l.line.ProductId?.ToString()})"))
        .Concat(NotInOrderDelivery(changes.Delivery))
        .ToList();

    /// <summary>
    /// Fields of an order create POST /orders (2.5.3) does not document: in orderDelivery a status or COD (only
    /// invoices document them). The F&amp;B create (POST /orders/create) documents none of the retail extras: no sale
    /// time, sale channel, makeInvoice, orderDelivery or line taxes.
    /// </summary>
    public static IReadOnlyList<string> NotInOrderCreate(OrderDraft draft, KiotVietEdition edition) =>
        edition == KiotVietEdition.Retail
            ? NotInOrderDelivery(draft.Delivery)
            : Given(
                (nameof(OrderDraft.PurchaseDate), draft.PurchaseDate),
                (nameof(OrderDraft.SaleChannelId), draft.SaleChannelId),
                (nameof(OrderDraft.MakeInvoice), draft.MakeInvoice),
                (nameof(OrderDraft.Delivery), draft.Delivery),
                ("TaxIds", draft.OrderDetails.Any(l => l.TaxIds is { Count: > 0 }) ? true : null));

    /// <summary>Fields of an invoice create POST /invoices (2.12.3) does not document: the COD amount (only the update takes one).</summary>
    public static IReadOnlyList<string> NotInInvoiceCreate(InvoiceDraft draft) =>
        Given(("Delivery.PriceCodPayment", draft.Delivery?.PriceCodPayment));

    /// <summary>Fields POST /products (2.4.3) and POST /listaddproducts (2.4.7) do not document: isActive, isRewardPoint (only the update has them).</summary>
    public static IReadOnlyList<string> NotInProductCreate(ProductDraft draft) =>
        Given((nameof(ProductDraft.IsActive), draft.IsActive), (nameof(ProductDraft.IsRewardPoint), draft.IsRewardPoint));

    /// <summary>Fields PUT /products/{id} (2.4.4) does not document: masterProductId (a variant's family is set when it is created) and images.</summary>
    public static IReadOnlyList<string> NotInProductUpdate(ProductDraft changes) =>
        Given((nameof(ProductDraft.MasterProductId), changes.MasterProductId), (nameof(ProductDraft.Images), changes.Images));

    /// <summary>Why a product create is refused before sending, or null when POST /products documents every field it sets.</summary>
    public static string? ProductCreateRefusal(ProductDraft draft) =>
        NotInProductCreate(draft) is { Count: > 0 } fields
            ? Refusal("product create (POST /products)", fields, "Create the product without them, then set them with an update (Set-KvProduct -IsActive, -IsRewardPoint), which documents them.")
            : null;

    /// <summary>Why a product update is refused before sending, or null when PUT /products/{id} documents every field it sets.</summary>
    public static string? ProductUpdateRefusal(ProductDraft changes) =>
        NotInProductUpdate(changes) is { Count: > 0 } fields
            ? Refusal("product update (PUT /products/{id})", fields, "Images and a variant's family are given when the product is created (New-KvProduct -Image, -MasterProductCode).")
            : null;

    internal static void CheckProductCreate(ProductDraft draft) => Check(ProductCreateRefusal(draft), nameof(draft));

    internal static void CheckProductUpdate(ProductDraft changes) => Check(ProductUpdateRefusal(changes), nameof(changes));

    private static IReadOnlyList<string> NotInOrderDelivery(DeliveryDraft? delivery) =>
        Given(
            ("Delivery.Status", delivery?.Status),
            ("Delivery.UsingPriceCod", delivery?.UsingPriceCod),
            ("Delivery.PriceCodPayment", delivery?.PriceCodPayment));

    /// <summary>The message that refuses <paramref name="fields"/> for <paramref name="operation"/>, with what to do instead.</summary>
    public static string Refusal(string operation, IReadOnlyCollection<string> fields, string? instead = null) =>
        $"KiotViet's {operation} does not document {string.Join(", ", fields)}: {(fields.Count == 1 ? "it is" : "they are")} not sent, since KiotViet would ignore {(fields.Count == 1 ? "it" : "them")} silently."
        + (instead is null ? "" : " " + instead);

    /// <summary>Why a customer create is refused before sending, or null when POST /customers documents every field it gives.</summary>
    public static string? CustomerCreateRefusal(CustomerDraft draft) =>
        NotInCustomerCreate(draft) is { Count: > 0 } fields
            ? Refusal(
                "customer create (POST /customers)",
                fields,
                fields.Contains(nameof(CustomerDraft.TaxCode))
                    ? "Create the customer without it, then set TaxCode with an update (Set-KvCustomer -TaxCode), which documents it."
                    : "Create the customer without it.")
            : null;

    /// <summary>Why a customer update is refused before sending, or null when PUT /customers/{id} documents every field it changes.</summary>
    public static string? CustomerUpdateRefusal(CustomerDraft changes) =>
        NotInCustomerUpdate(changes) is { Count: > 0 } fields ? Refusal("customer update (PUT /customers/{id})", fields) : null;

    /// <summary>Why an order update is refused before sending, or null when PUT /orders/{id} documents every field it sets.</summary>
    public static string? OrderUpdateRefusal(OrderChanges changes) =>
        NotInOrderUpdate(changes) is { Count: > 0 } fields
            ? Refusal("order update (PUT /orders/{id})", fields, fields.Any(f => f.StartsWith("the note", StringComparison.Ordinal)) ? "Give the lines without a Note (a note can be given when the order is created)." : "A delivery status and COD belong to the invoice (Set-KvInvoice).")
            : null;

    /// <summary>Why an order create is refused before sending, or null when its operation documents every field it sets.</summary>
    public static string? OrderCreateRefusal(OrderDraft draft, KiotVietEdition edition) =>
        NotInOrderCreate(draft, edition) is { Count: > 0 } fields
            ? Refusal(
                edition == KiotVietEdition.Retail ? "order create (POST /orders)" : "F&B order create (POST /orders/create)",
                fields,
                edition == KiotVietEdition.Retail ? "A delivery status and COD belong to the invoice: New-KvInvoice -OrderId with -Cod, or Set-KvInvoice -DeliveryStatus, -CodAmount." : null)
            : null;

    /// <summary>Why an invoice create is refused before sending, or null when POST /invoices documents every field it sets.</summary>
    public static string? InvoiceCreateRefusal(InvoiceDraft draft) =>
        NotInInvoiceCreate(draft) is { Count: > 0 } fields
            ? Refusal("invoice create (POST /invoices)", fields, "KiotViet collects what the invoice still owes; set another amount afterwards with an update (Set-KvInvoice -CodAmount), which documents it.")
            : null;

    internal static void CheckOrderCreate(OrderDraft draft, KiotVietEdition edition) => Check(OrderCreateRefusal(draft, edition), nameof(draft));

    internal static void CheckInvoiceCreate(InvoiceDraft draft) => Check(InvoiceCreateRefusal(draft), nameof(draft));

    internal static void CheckCustomerCreate(CustomerDraft draft) => Check(CustomerCreateRefusal(draft), nameof(draft));

    internal static void CheckCustomerUpdate(CustomerDraft changes) => Check(CustomerUpdateRefusal(changes), nameof(changes));

    internal static void CheckOrderUpdate(OrderChanges changes) => Check(OrderUpdateRefusal(changes), nameof(changes));

    private static void Check(string? refusal, string parameter)
    {
        if (refusal is not null)
        {
            throw new ArgumentException(refusal, parameter);
        }
    }

    private static IReadOnlyList<string> Given(params (string Name, object? Value)[] fields) =>
        fields.Where(f => f.Value is not null).Select(f => f.Name).ToList();
}
