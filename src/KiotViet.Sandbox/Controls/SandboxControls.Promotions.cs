namespace KiotViet.Sandbox;

/// <summary>A surcharge as stored in the sandbox, for tests that check what a run really wrote.</summary>
public sealed record SandboxSurcharge(long Id, string Code, string Name, decimal? Value, decimal? ValueRatio, bool IsActive);

public sealed partial class SandboxControls
{
    /// <summary>Every surcharge now in the shop (copies), active or not.</summary>
    public IReadOnlyList<SandboxSurcharge> Surcharges
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.BackOffice.Surcharges.Select(s => new SandboxSurcharge(s.Id, s.SurchargeCode, s.SurchargeName, s.Value, s.ValueRatio, s.IsActive)).ToList();
            }
        }
    }
}
