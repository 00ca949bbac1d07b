namespace KiotViet.Sandbox.Controls;

/// <summary>A one-shot plan: after the Nth customer list request, insert and delete customers so offsets shift.</summary>
internal sealed class PagingMutation
{
    private readonly object sync = new();
    private (int After, int Insert, int Delete)? plan;
    private int listRequests;

    public void Arm(int afterListRequests, int insert, int delete)
    {
        lock (sync)
        {
            plan = (afterListRequests, insert, delete);
            listRequests = 0;
        }
    }

    public void Clear()
    {
        lock (sync)
        {
            plan = null;
            listRequests = 0;
        }
    }

    /// <summary>Counts one list request; returns the mutation to apply when this was the Nth.</summary>
    public (int Insert, int Delete)? CountListRequest()
    {
        lock (sync)
        {
            listRequests++;
            if (plan is { } armed && listRequests >= armed.After)
            {
                plan = null;
                return (armed.Insert, armed.Delete);
            }

            return null;
        }
    }
}
