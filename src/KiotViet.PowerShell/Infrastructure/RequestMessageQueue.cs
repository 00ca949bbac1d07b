using System;
using System.Collections.Concurrent;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Collects what the engine reports from any thread, for the cmdlet to write from the pipeline thread
/// (PowerShell allows stream writes only there).
/// </summary>
internal sealed class RequestMessageQueue : IRequestObserver
{
    private readonly ConcurrentQueue<RequestMessage> messages = new();

    public void Verbose(string message) => messages.Enqueue(new RequestMessage(RequestMessageKind.Verbose, message, null));

    public void Debug(string message) => messages.Enqueue(new RequestMessage(RequestMessageKind.Debug, message, null));

    public void Warning(string message) => messages.Enqueue(new RequestMessage(RequestMessageKind.Warning, message, null));

    public void Waiting(TimeSpan delay, string reason) =>
        messages.Enqueue(new RequestMessage(RequestMessageKind.Waiting, $"Waiting {delay.TotalSeconds:0.#} s: {reason}.", delay));

    public bool TryDequeue(out RequestMessage message) => messages.TryDequeue(out message!);
}

internal enum RequestMessageKind
{
    Verbose,
    Debug,
    Warning,
    Waiting,
}

internal sealed class RequestMessage
{
    public RequestMessage(RequestMessageKind kind, string text, TimeSpan? delay)
    {
        Kind = kind;
        Text = text;
        Delay = delay;
    }

    public RequestMessageKind Kind { get; }

    public string Text { get; }

    public TimeSpan? Delay { get; }
}
