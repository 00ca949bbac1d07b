using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// Invoice writes beyond the cancel: <c>POST /invoices</c> (the invoice, unwrapped, "Hoàn thành" unless the body asks
/// for status 3 "Đang xử lý"; what is paid at once becomes a payment), <c>PUT /invoices/{id}</c> (fields given are set,
/// lines given replace the lines) and <c>POST /payments</c> (a payment of an invoice, up to what it still owes).
/// An invoice takes its lines out of its branch's stock (a cancel puts them back); each payment is a receipt in the
/// cash book.
/// </summary>
internal static class InvoiceWriteRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/invoices", CreateAsync);
        api.MapPut("/invoices/{id:long}", UpdateAsync);
        api.MapPost("/payments", PayAsync);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var options = state.Options;
        var data = state.Data;
        Invoice created;
        lock (data.Sync)
        {
            var (branch, customer, partyRefusal) = OrderFactory.Parties(options, data, body, CustomerField.Id);
            if (branch is null)
            {
                return partyRefusal!;
            }

            if (Seller(options, body) is not { } seller)
            {
                return OrderFactory.Refusal(options, "SoldById", "Người bán không tồn tại hoặc đã bị xóa khỏi hệ thống");
            }

            var (lines, lineRefusal) = OrderFactory.Lines(options, data, body, "invoiceDetails");
            if (lines is null || lines.Count == 0)
            {
                return lineRefusal ?? OrderFactory.Refusal(options, "InvoiceDetails", "Hóa đơn phải có ít nhất một hàng hóa.");
            }

            Order? order = null;
            if (BodyFields.Long(body, "orderId") is { } orderId and > 0 && (order = data.Orders.Find(orderId)) is null)
            {
                return OrderFactory.Refusal(options, "OrderId", "Đơn hàng không tồn tại hoặc đã bị xóa khỏi hệ thống.");
            }

            var paid = BodyFields.Decimal(body, "totalPayment") ?? 0m;
            var (method, paymentRefusal) = PaymentMethods.Check(options, data, BodyFields.String(body, "method"), BodyFields.Long(body, "accountId"));
            if (method is null || paid < 0)
            {
                return paymentRefusal ?? OrderFactory.Refusal(options, "TotalPayment", "Số tiền thanh toán không hợp lệ.");
            }

            var now = VietnamTime.Now(state.Clock);
            var discount = BodyFields.Decimal(body, "discount") ?? 0m;
            var invoice = new Invoice
            {
                Id = data.Invoices.NextId,
                Code = $"HD{data.Invoices.All.Count + 1:D6}",
                PurchaseDate = BodyFields.Date(body, "purchaseDate") ?? now,
                OrderId = order?.Id,
                OrderCode = order?.Code,
                Discount = discount,
                Total = SaleLines.Total(lines) - discount,
                Status = BodyFields.Long(body, "status") == InvoiceStatus.InProgress ? InvoiceStatus.InProgress : InvoiceStatus.Completed,
                Description = BodyFields.String(body, "description"),
                UsingCod = BodyFields.Bool(body, "usingCod") ?? false,
                RetailerId = options.RetailerId,
                CreatedDate = now,
                InvoiceDetails = lines,
            }.With<Invoice>(branch, seller, customer);
            var (delivery, deliveryRefusal) = SaleExtras.InvoiceDelivery(options, body, null, Math.Max(0, invoice.Total - paid), create: true);
            var (channel, channelRefusal) = SaleExtras.Channel(options, data, body, null);
            if ((deliveryRefusal ?? channelRefusal) is { } extrasRefusal)
            {
                return extrasRefusal;
            }

            invoice.InvoiceDelivery = delivery;
            invoice.SaleChannelId = channel;
            if (paid > 0)
            {
                // Paid beyond the total is change handed back: the payment is the total.
                PaymentMethods.Record(data, invoice, Math.Min(paid, invoice.Total), method, BodyFields.Long(body, "accountId"), now);
                invoice.ModifiedDate = null;
            }

            data.Invoices.Add(invoice);
            StockMoves.TakeOut(data, invoice.BranchId, lines, now);
            created = invoice;
        }

        _ = state.Webhooks.InvoiceChanged(created);
        return ApiResults.Json(WriteAnswer(created));
    }

    private static Task<IResult> UpdateAsync(long id, HttpRequest request, SandboxState state) =>
        DocumentUpdate.RunAsync<Invoice>(
            request,
            state,
            (data, body) =>
            {
                var refusal = Editable(state.Options, data, id, out var invoice) ?? Apply(state, data, invoice!, body);
                return (refusal is null ? invoice : null, refusal);
            },
            state.Webhooks.InvoiceChanged,
            invoice => ApiResults.Json(WriteAnswer(invoice)));

    // The answer of POST /invoices, PUT /invoices/{id} and the cancel: the invoice with its delivery as "deliveryDetail" and its
    // sale channel, as 2.12.3 and 2.12.4 print them.
    internal static JsonObject WriteAnswer(Invoice invoice)
    {
        var node = InvoiceRoutes.Row(invoice, includePayment: true, includeDelivery: false);
        if (invoice.InvoiceDelivery is { } delivery)
        {
            node["deliveryDetail"] = JsonSerializer.SerializeToNode(delivery, SandboxJson.Api);
        }

        if (invoice.SaleChannelId is { } channel)
        {
            node["saleChannelId"] = channel;
        }

        return node;
    }

    private static async Task<IResult> PayAsync(HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body || BodyFields.Long(body, "invoiceId") is not { } invoiceId)
        {
            return ApiResults.BadBody(state.Options);
        }

        var options = state.Options;
        var data = state.Data;
        Invoice paidInvoice;
        JsonObject answer;
        lock (data.Sync)
        {
            if (Editable(options, data, invoiceId, out var invoice) is { } refusal)
            {
                return refusal;
            }

            var amount = BodyFields.Decimal(body, "amount") ?? 0m;
            if (amount <= 0)
            {
                return OrderFactory.Refusal(options, "Amount", "Số tiền thanh toán phải lớn hơn 0.");
            }

            if (amount > invoice!.Total - invoice.TotalPayment)
            {
                return OrderFactory.Refusal(options, "Amount", $"Số tiền thanh toán vượt quá số tiền khách cần trả của hóa đơn {invoice.Code}.");
            }

            var (method, methodRefusal) = PaymentMethods.Check(options, data, BodyFields.String(body, "method"), BodyFields.Long(body, "accountId"));
            if (method is null)
            {
                return methodRefusal!;
            }

            var payment = PaymentMethods.Record(data, invoice, amount, method, BodyFields.Long(body, "accountId"), VietnamTime.Now(state.Clock));
            answer = PaymentAnswer(payment, invoice);
            paidInvoice = invoice;
        }

        _ = state.Webhooks.InvoiceChanged(paidInvoice);
        return ApiResults.Json(answer);
    }

    // The documented answer of POST /payments (docs/design.md, "The documentation is the spec"). The doc types
    // DocumentCode as long; it is the invoice's code, which is text everywhere else.
    private static JsonObject PaymentAnswer(Payment payment, Invoice invoice) => new()
    {
        ["paymentId"] = payment.Id,
        ["paymentCode"] = payment.Code,
        ["amount"] = payment.Amount,
        ["method"] = payment.Method,
        ["accountId"] = payment.AccountId,
        ["invoiceId"] = invoice.Id,
        ["DocumentCode"] = invoice.Code,
    };

    // The seller named in the body, or the shop's first when none is.
    private static Seller? Seller(SandboxOptions options, JsonObject body) =>
        BodyFields.Long(body, "soldById") is { } sellerId ? CatalogSeeder.Sellers.FirstOrDefault(s => s.Id == sellerId) : CatalogSeeder.Sellers[0];

    // A missing invoice is not found; a cancelled one can no longer change.
    private static IResult? Editable(SandboxOptions options, ShopData data, long id, out Invoice? invoice)
    {
        invoice = data.Invoices.Find(id);
        if (invoice is null)
        {
            return ApiErrors.NotFound("Hóa đơn");
        }

        return invoice.Status == InvoiceStatus.Cancelled ? OrderFactory.Refusal(options, "Id", $"Hóa đơn {invoice.Code} đã bị hủy.") : null;
    }

    private static IResult? Apply(SandboxState state, ShopData data, Invoice invoice, JsonObject body)
    {
        var options = state.Options;
        var lines = invoice.InvoiceDetails;
        if (body.ContainsKey("invoiceDetails"))
        {
            var (read, refusal) = OrderFactory.Lines(options, data, body, "invoiceDetails");
            if (read is null || read.Count == 0)
            {
                return refusal ?? OrderFactory.Refusal(options, "InvoiceDetails", "Hóa đơn phải có ít nhất một hàng hóa.");
            }

            lines = read;
        }

        // PUT /invoices/{id} documents no customer, discount or description (API reference 2.12.4): like KiotViet,
        // the sandbox ignores them.
        var customer = invoice.CustomerId is { } current ? data.Customers.Find(current) : null;

        var seller = CatalogSeeder.Sellers.FirstOrDefault(s => s.Id == invoice.SoldById) ?? CatalogSeeder.Sellers[0];
        if (body.ContainsKey("soldById"))
        {
            if (Seller(options, body) is not { } named)
            {
                return OrderFactory.Refusal(options, "SoldById", "Người bán không tồn tại hoặc đã bị xóa khỏi hệ thống");
            }

            seller = named;
        }

        var discount = invoice.Discount;
        var total = SaleLines.Total(lines) - discount;
        var (delivery, deliveryRefusal) = SaleExtras.InvoiceDelivery(options, body, invoice.InvoiceDelivery, Math.Max(0, total - invoice.TotalPayment), create: false);
        var (channel, channelRefusal) = SaleExtras.Channel(options, data, body, invoice.SaleChannelId);
        if ((deliveryRefusal ?? channelRefusal) is { } extrasRefusal)
        {
            return extrasRefusal;
        }

        var status = invoice.Status;
        if (BodyFields.Long(body, "status") is { } newStatus)
        {
            if (newStatus is not (InvoiceStatus.Completed or InvoiceStatus.InProgress or InvoiceStatus.Undeliverable))
            {
                return OrderFactory.Refusal(options, "Status", "Trạng thái hóa đơn không hợp lệ.");
            }

            status = (int)newStatus;
        }

        if (total < invoice.TotalPayment)
        {
            return OrderFactory.Refusal(options, "Total", $"Tổng tiền hóa đơn {invoice.Code} không được nhỏ hơn số tiền khách đã trả.");
        }

        var now = VietnamTime.Now(state.Clock);
        if (!ReferenceEquals(lines, invoice.InvoiceDetails))
        {
            StockMoves.PutBack(data, invoice.BranchId, invoice.InvoiceDetails, now);
            StockMoves.TakeOut(data, invoice.BranchId, lines, now);
        }

        invoice.InvoiceDetails = lines;
        invoice.Total = total;
        invoice.InvoiceDelivery = delivery;
        invoice.SaleChannelId = channel;
        invoice.Status = status;
        invoice.PurchaseDate = BodyFields.Date(body, "purchaseDate") ?? invoice.PurchaseDate;

        invoice.ModifiedDate = now;
        invoice.With<Invoice>(data.Branches.First(b => b.Id == invoice.BranchId), seller, customer);
        return null;
    }
}
