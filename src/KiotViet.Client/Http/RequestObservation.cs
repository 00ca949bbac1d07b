using System;
using System.Threading;

namespace KiotViet;

/// <summary>
/// The observer for the current logical call. One connection serves many callers at once (parallel runspaces),
/// so the observer flows with the async call rather than living on the connection.
/// </summary>
public static class RequestObservation
{
    private static readonly AsyncLocal<IRequestObserver?> CurrentObserver = new();

    internal static IRequestObserver? Current => CurrentObserver.Value;

    public static IDisposable Observe(IRequestObserver observer)
    {
        var previous = CurrentObserver.Value;
        CurrentObserver.Value = observer;
        return new Restore(previous);
    }

    private sealed class Restore : IDisposable
    {
        private readonly IRequestObserver? previous;

        public Restore(IRequestObserver? previous) => this.previous = previous;

        public void Dispose() => CurrentObserver.Value = previous;
    }
}
