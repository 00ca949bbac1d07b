namespace KiotViet.Sandbox;

/// <summary>Which method the voucher cancel is served on (the two prints of 2.24.5 disagree).</summary>
public enum VoucherCancelMethod
{
    Post,
    Delete,
    Both,
}

/// <summary>What an entry of POST /coupons/setused's dataError holds (2.23 prints only {code}, "the error message").</summary>
public enum CouponErrorForm
{
    /// <summary>{"code": coupon code, "message": reason}.</summary>
    CodeAndMessage,

    /// <summary>{"code": coupon code}.</summary>
    Code,

    /// <summary>{"code": reason naming the coupon}.</summary>
    MessageInCode,
}
