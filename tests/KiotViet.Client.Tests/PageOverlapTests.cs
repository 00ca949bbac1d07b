using Xunit;
using Xunit.Abstractions;

namespace KiotViet.Client.Tests;

/// <summary>
/// The overlap between pages: one row while the data holds still, five once rows have moved under the listing, and
/// under every kind of change nothing that existed for the whole run is lost or returned twice.
/// </summary>
public class PageOverlapTests
{
    private const int ShopSize = 20_000;

    private readonly ITestOutputHelper output;

    public PageOverlapTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void A_listing_over_data_that_holds_still_overlaps_pages_by_one_row()
    {
        var api = new CustomerStore(ShopSize).Serve(new FakeApi());
        using var connection = api.Connect();

        var ids = connection.Customers.List(new CustomerQuery(), new PageRequest(), default).Select(c => c.Id).ToList();

        Assert.Equal(ShopSize, ids.Distinct().Count());
        // 100 rows, then 99 new rows per request: 203 requests for 20,000 rows (five rows of overlap took 211).
        Assert.Equal(1 + (ShopSize - 100 + 98) / 99, api.Requests.Count);
        Assert.Equal(new long[] { 0, 99, 198, 297 }, api.Requests.Select(r => r.Offset).OrderBy(o => o).Take(4));
    }

    [Fact]
    public void Once_rows_have_moved_the_overlap_widens_to_five_rows()
    {
        var store = new CustomerStore(1000)
        {
            // Two rows already read are deleted as the second page is asked for: every later row shifts left by two.
            BeforeAnswer = (request, ids) =>
            {
                if (request.Offset == 99 && ids.Contains(1))
                {
                    ids.RemoveRange(0, 2);
                }
            },
        };
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect(o => o.PageReadAhead = 1);

        var ids = connection.Customers.List(new CustomerQuery(), new PageRequest(), default).Select(c => c.Id).ToList();

        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), ids.OrderBy(i => i));
        var offsets = api.Requests.Select(r => r.Offset).ToList();
        // 0, then 99 (its first row was not read yet: step back a page), then five rows before each page end.
        Assert.Equal(new long[] { 0, 99, 0 }, offsets.Take(3));
        Assert.All(offsets.Skip(3).Zip(offsets.Skip(4), (a, b) => b - a), step => Assert.Equal(95, step));
    }

    [Theory]
    [InlineData("3 rows already read deleted once")]
    [InlineData("20 rows already read deleted once")]
    [InlineData("1 row already read deleted every 10 requests")]
    [InlineData("2 rows already read deleted every 4 requests")]
    [InlineData("the row before the next page deleted every 6 requests")]
    [InlineData("3 rows inserted before the offset every 20 requests")]
    public void Rows_that_move_mid_run_are_neither_lost_nor_returned_twice(string change)
    {
        var deleted = new HashSet<long>();
        var requests = 0;
        long nextNew = 1_000_000;
        var store = new CustomerStore(ShopSize)
        {
            BeforeAnswer = (request, ids) =>
            {
                requests++;
                void DeleteFirst(int count)
                {
                    deleted.UnionWith(ids.Take(count));
                    ids.RemoveRange(0, count);
                }

                switch (change)
                {
                    case "3 rows already read deleted once" when requests == 60: DeleteFirst(3); break;
                    case "20 rows already read deleted once" when requests == 60: DeleteFirst(20); break;
                    case "1 row already read deleted every 10 requests" when requests % 10 == 0: DeleteFirst(1); break;
                    case "2 rows already read deleted every 4 requests" when requests % 4 == 0: DeleteFirst(2); break;
                    case "the row before the next page deleted every 6 requests" when requests % 6 == 0 && request.Offset >= 2:
                        deleted.Add(ids[(int)request.Offset - 2]);
                        ids.RemoveAt((int)request.Offset - 2);
                        break;
                    case "3 rows inserted before the offset every 20 requests" when requests % 20 == 0:
                        ids.InsertRange(0, new[] { nextNew++, nextNew++, nextNew++ });
                        break;
                }
            },
        };
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect();

        var ids = connection.Customers.List(new CustomerQuery(), new PageRequest(), default).Select(c => c.Id).ToList();

        output.WriteLine($"{change}: {api.Requests.Count} requests for {ShopSize:N0} rows");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Empty(Enumerable.Range(1, ShopSize).Select(i => (long)i).Where(i => !deleted.Contains(i)).Except(ids));
    }
}
