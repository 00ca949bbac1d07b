using System;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Http;

/// <summary>Waits on the engine's clock seam (<see cref="TimeProvider"/>), so tests move time instead of sleeping.</summary>
internal static class Clock
{
    public static Task DelayAsync(this TimeProvider time, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET
        Task.Delay(delay, time, cancellationToken);
#else
        TimeProviderTaskExtensions.Delay(time, delay, cancellationToken);
#endif

    /// <summary>"1 min 20 s", "30 s", "2 h 5 min": a wait or an outage as a person reads it.</summary>
    public static string Spoken(TimeSpan span)
    {
        var seconds = (long)Math.Ceiling(Math.Max(0, span.TotalSeconds));
        if (seconds < 60)
        {
            return $"{seconds} s";
        }

        if (seconds < 3600)
        {
            return seconds % 60 == 0 ? $"{seconds / 60} min" : $"{seconds / 60} min {seconds % 60} s";
        }

        var minutes = (seconds + 59) / 60;
        return minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60} min";
    }
}
