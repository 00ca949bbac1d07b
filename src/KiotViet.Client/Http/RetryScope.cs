using System;
using System.Threading;
using KiotViet.Errors;

namespace KiotViet.Http;

/// <summary>
/// The patience of one logical operation: a read, or a whole write with its lookups and resends. Every retry of every
/// layer under it (transport, token, reconcile) draws from this one count and this one window, so retries never
/// multiply through the layers (docs/design.md, "Long runs"). It flows with the async call.
/// </summary>
internal sealed class RetryScope
{
    private static readonly AsyncLocal<RetryScope?> Ambient = new();

    private readonly object gate = new();
    private DateTimeOffset? firstFailure;
    private int retries;

    public static RetryScope? Current => Ambient.Value;

    /// <summary>Retries taken so far (resends of a write included).</summary>
    public int Retries
    {
        get
        {
            lock (gate)
            {
                return retries;
            }
        }
    }

    /// <summary>The failure this scope gave up with, so that an outer layer hands it on instead of trying again.</summary>
    public KiotVietApiException? GaveUpWith { get; set; }

    /// <summary>Joins the current scope, or starts one for this call and whatever it calls; dispose to leave.</summary>
    public static IDisposable Enter(out RetryScope scope)
    {
        var current = Ambient.Value;
        if (current is not null)
        {
            scope = current;
            return Nothing.Instance;
        }

        scope = new RetryScope();
        Ambient.Value = scope;
        return new Leave();
    }

    /// <summary>When the first failure happened (the window is measured from it); records it on first call.</summary>
    public DateTimeOffset FailedAt(DateTimeOffset now)
    {
        lock (gate)
        {
            firstFailure ??= now;
            return firstFailure.Value;
        }
    }

    /// <summary>Takes one retry; returns how many were taken before it.</summary>
    public int TakeRetry()
    {
        lock (gate)
        {
            return retries++;
        }
    }

    private sealed class Leave : IDisposable
    {
        public void Dispose() => Ambient.Value = null;
    }

    private sealed class Nothing : IDisposable
    {
        public static readonly Nothing Instance = new();

        public void Dispose()
        {
        }
    }
}
