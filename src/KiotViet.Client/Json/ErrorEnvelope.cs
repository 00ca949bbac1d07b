using System.Collections.Generic;

namespace KiotViet.Json;

/// <summary>ServiceStack's error body: <c>{ responseStatus: { errorCode, message, errors: [...] } }</c>, and OAuth's <c>{ error, error_description }</c>.</summary>
internal sealed class ErrorEnvelope
{
    public ResponseStatus? ResponseStatus { get; set; }

    public string? Error { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }

    public string? Message { get; set; }
}

internal sealed class ResponseStatus
{
    public string? ErrorCode { get; set; }

    public string? Message { get; set; }

    public List<ResponseError>? Errors { get; set; }
}

internal sealed class ResponseError
{
    public string? ErrorCode { get; set; }

    public string? FieldName { get; set; }

    public string? Message { get; set; }
}
