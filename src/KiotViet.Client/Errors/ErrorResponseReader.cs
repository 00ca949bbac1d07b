using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using KiotViet.Http;
using KiotViet.Json;

namespace KiotViet.Errors;

/// <summary>Turns an error response into a KiotVietApiException, reading KiotViet's envelope when there is one.</summary>
internal static class ErrorResponseReader
{
    public static KiotVietApiException Read(ApiRequest request, HttpStatusCode status, byte[] body)
    {
        var envelope = TryParse(body);
        var responseStatus = envelope?.ResponseStatus;
        var fieldErrors = responseStatus?.Errors?
            .Select(e => new KiotVietFieldError(e.ErrorCode, e.FieldName, e.Message))
            .ToList();
        var errorCode = responseStatus?.ErrorCode ?? envelope?.Error;
        var detail = FirstNonEmpty(responseStatus?.Message, envelope?.ErrorDescription, envelope?.Message, envelope?.Error);
        var kind = string.Equals(errorCode, "TokenException", StringComparison.OrdinalIgnoreCase)
            ? KiotVietErrorKind.Authentication
            : FailureClassifier.KindFor(status);
        var message = detail is null
            ? $"KiotViet answered {(int)status} {status} to {request}."
            : $"{detail} (KiotViet answered {(int)status} to {request}{(errorCode is null ? "" : $", errorCode {errorCode}")}).";
        return new KiotVietApiException(kind, message, status, errorCode, fieldErrors, request.Method.Method, request.Path);
    }

    /// <summary>True when a response, even a successful-looking one, says the token was refused (KiotViet's TokenException).</summary>
    public static bool IsTokenRejection(HttpStatusCode status, byte[] body)
    {
        if (status == HttpStatusCode.Unauthorized)
        {
            return true;
        }

        // A 2xx body is read as an error envelope only when it can be one, so pages of data are not parsed twice.
        if (body.Length == 0 || ((int)status < 400 && body.AsSpan().IndexOf("TokenException"u8) < 0))
        {
            return false;
        }

        return string.Equals(TryParse(body)?.ResponseStatus?.ErrorCode, "TokenException", StringComparison.OrdinalIgnoreCase);
    }

    private static ErrorEnvelope? TryParse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ErrorEnvelope>(body, KiotVietJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
