namespace KiotViet;

/// <summary>One entry of <c>responseStatus.errors</c>: which field was refused and why.</summary>
public sealed class KiotVietFieldError
{
    public KiotVietFieldError(string? errorCode, string? fieldName, string? message)
    {
        ErrorCode = errorCode;
        FieldName = fieldName;
        Message = message;
    }

    public string? ErrorCode { get; }

    public string? FieldName { get; }

    public string? Message { get; }

    public override string ToString() => string.IsNullOrEmpty(FieldName) ? Message ?? ErrorCode ?? "" : $"{FieldName}: {Message ?? ErrorCode}";
}
