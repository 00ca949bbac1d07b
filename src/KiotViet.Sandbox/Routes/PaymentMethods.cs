using KiotViet.Sandbox.Data;

namespace KiotViet.Sandbox.Routes;

/// <summary>The payment methods /payments and POST /invoices take (Cash, Card, Transfer), and the bank account a card or transfer goes to.</summary>
internal static class PaymentMethods
{
    private static readonly string[] Known = { "Cash", "Card", "Transfer" };

    /// <summary>The method as KiotViet spells it, or the refusal of an unknown method or bank account.</summary>
    public static (string? Method, IResult? Refusal) Check(SandboxOptions options, ShopData data, string? method, long? accountId)
    {
        var known = Known.FirstOrDefault(m => string.Equals(m, method ?? "Cash", StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            return (null, OrderFactory.Refusal(options, "Method", $"Phương thức thanh toán {method} không hợp lệ."));
        }

        if (accountId is { } account && data.BackOffice.BankAccounts.All(a => a.Id != account))
        {
            return (null, OrderFactory.Refusal(options, "AccountId", "Tài khoản ngân hàng không tồn tại hoặc đã bị xóa khỏi hệ thống."));
        }

        return (known, null);
    }

    /// <summary>Records a paid payment on the invoice and counts it in its TotalPayment.</summary>
    public static Payment Record(ShopData data, Invoice invoice, decimal amount, string method, long? accountId, DateTime now)
    {
        var id = data.Invoices.All.SelectMany(i => i.Payments).Select(p => p.Id).DefaultIfEmpty(0).Max() + 1;
        var payment = new Payment(id, $"TT{id}", amount, method, PaymentStatus.Paid, PaymentStatus.Text(PaymentStatus.Paid), now, method == "Cash" ? null : accountId);
        invoice.Payments.Add(payment);
        invoice.TotalPayment += amount;
        invoice.ModifiedDate = now;
        data.BackOffice.CashFlows.Add(BackOfficeSeeder.Receipt(invoice, payment, data.BackOffice.Users[0]));
        return payment;
    }
}
