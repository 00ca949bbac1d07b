namespace KiotViet;

/// <summary>A payment of an invoice (POST /payments): an amount, how it is paid, and for a card or transfer the account it goes to.</summary>
public sealed class PaymentDraft
{
    public long InvoiceId { get; set; }

    public decimal Amount { get; set; }

    /// <summary>Cash, Card or Transfer.</summary>
    public string Method { get; set; } = "Cash";

    /// <summary>The shop's bank account (Get-KvBankAccount) a card or transfer payment goes to.</summary>
    public long? AccountId { get; set; }
}
