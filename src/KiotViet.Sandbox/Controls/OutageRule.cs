namespace KiotViet.Sandbox.Controls;

/// <summary>The armed outage, if any: counts down the requests before it, then holds for its duration on the sandbox's clock.</summary>
internal sealed class OutageRule
{
    private readonly object gate = new();
    private SandboxOutage? outage;
    private int before;
    private DateTimeOffset? began;
    private int answered;

    /// <summary>Requests the outage answered (or dropped) since it was armed.</summary>
    public int Answered
    {
        get
        {
            lock (gate)
            {
                return answered;
            }
        }
    }

    /// <summary>When the outage began; null before it begins and once it ended.</summary>
    public DateTimeOffset? Began
    {
        get
        {
            lock (gate)
            {
                return outage is null ? null : began;
            }
        }
    }

    public void Arm(SandboxOutage next)
    {
        lock (gate)
        {
            outage = next;
            before = next.AfterRequests;
            began = null;
            answered = 0;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            outage = null;
            began = null;
        }
    }

    /// <summary>The outage this request meets, or null: not armed, not begun yet, or over.</summary>
    public SandboxOutage? Take(DateTimeOffset now)
    {
        lock (gate)
        {
            if (outage is null)
            {
                return null;
            }

            if (began is null)
            {
                if (before > 0)
                {
                    before--;
                    return null;
                }

                began = now;
            }

            if (now >= began + outage.Duration)
            {
                outage = null;
                return null;
            }

            answered++;
            return outage;
        }
    }
}
