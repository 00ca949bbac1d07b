using System.Net;

namespace KiotViet.Sandbox.Tests;

/// <summary>Writes arriving at the same time (a bulk write keeps several in flight) each get their own record and their own latency.</summary>
public sealed class ConcurrentWriteTests
{
    [Fact]
    public async Task Creates_and_updates_sent_at_once_are_each_applied_once_with_their_own_ids_and_codes()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 0, OrderCount = 0 });
        using var client = await ApiClient.ConnectAsync(server);
        server.Controls.SetLatency(TimeSpan.FromMilliseconds(50), TimeSpan.Zero, "/customers");
        server.Controls.ResetCounters();

        var creates = await Task.WhenAll(Enumerable.Range(1, 40).Select(n =>
            client.SendAsync(HttpMethod.Post, "customers", new { name = $"Khách đồng thời {n}", contactNumber = $"0977{n:D6}" })));
        var ids = creates.Select(c => c.Body.GetProperty("data").GetProperty("id").GetInt64()).ToList();
        var updates = await Task.WhenAll(ids.Select(id => client.SendAsync(HttpMethod.Put, $"customers/{id}", new { comments = $"Cập nhật {id}" })));

        Assert.All(creates.Concat(updates), c => Assert.Equal(HttpStatusCode.OK, c.Response.StatusCode));
        Assert.Equal(40, ids.Distinct().Count());
        Assert.Equal(40, creates.Select(c => c.Body.GetProperty("data").GetProperty("code").GetString()).Distinct().Count());
        Assert.Equal(45, server.Controls.CustomerCount);
        Assert.All(server.Controls.Customers.Where(c => ids.Contains(c.Id)), c => Assert.Equal($"Cập nhật {c.Id}", c.Comments));
        Assert.True(server.Controls.MostRequestsInFlight >= 8, $"At most {server.Controls.MostRequestsInFlight} requests were served at once: latency serialised them.");
    }
}
