using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Data;

/// <summary>Changes the customer list behind a pager's back: new rows at the end, deletions from the first rows.</summary>
internal static class CustomerMutations
{
    public static void Apply(SandboxState state, int insert, int delete)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            var now = VietnamTime.Now(state.Clock);
            var random = new Random(state.Options.Seed + data.Customers.Count);
            for (var i = 0; i < insert; i++)
            {
                var customer = CustomerSeeder.Create(random, state.Options, now, data.Customers.TakeNextId(), 0, data.Groups, data.Branches);
                customer.Code = data.Customers.TakeNextCode();
                customer.CreatedDate = now;
                customer.ModifiedDate = null;
                data.Customers.Add(customer);
            }

            foreach (var victim in data.Customers.All.Take(delete).ToList())
            {
                data.Customers.Remove(victim, now);
            }
        }
    }
}
