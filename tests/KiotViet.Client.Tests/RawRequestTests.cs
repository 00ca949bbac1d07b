using Xunit;

namespace KiotViet.Client.Tests;

public class RawRequestTests
{
    [Theory]
    [InlineData("customers", "customers")]
    [InlineData("/customers/code/KH000123", "customers/code/KH000123")]
    [InlineData("  pricebooks/12 ", "pricebooks/12")]
    [InlineData("attributes/allwithdistinctvalue", "attributes/allwithdistinctvalue")]
    public void Relative_paths_of_the_API_are_kept(string path, string expected)
    {
        Assert.Equal(expected, new RawRequest("get", path).Path);
    }

    [Theory]
    [InlineData("https://evil.example.com/customers")]
    [InlineData("http://127.0.0.1:5080/customers")]
    [InlineData("//evil.example.com/customers")]
    [InlineData("file:///etc/passwd")]
    [InlineData("../connect/token")]
    [InlineData("customers/../../x")]
    [InlineData("customers/%2e%2e/%2E%2E/x")]
    [InlineData("customers\\..\\x")]
    [InlineData("customers/%2e%2e%2f%2e%2e/x")]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("customers\nHost: evil")]
    public void Anything_that_could_leave_the_API_base_is_refused(string path)
    {
        Assert.Throws<ArgumentException>(() => new RawRequest("GET", path));
    }

    [Fact]
    public void A_query_in_the_path_becomes_parameters_and_merges_with_the_given_ones()
    {
        var request = new RawRequest("GET", "invoices?status=1&customerCode=KH%20001").AddQuery("pageSize", "5");

        Assert.Equal("invoices", request.Path);
        Assert.Equal(new[] { ("status", "1"), ("customerCode", "KH 001"), ("pageSize", "5") }, request.Query.Select(p => (p.Key, p.Value)));
        Assert.Equal("invoices?status=1&customerCode=KH%20001", request.QueryWithout("pageSize").AppendTo(request.Path));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("post", false)]
    [InlineData("Put", false)]
    [InlineData("DELETE", false)]
    [InlineData("PATCH", false)]
    public void Only_GET_is_a_read(string method, bool read)
    {
        var request = new RawRequest(method, "customers");

        Assert.Equal(read, request.IsRead);
        Assert.Equal(read, request.ToApiRequest().IsRepeatable);
    }

    [Fact]
    public void Unknown_methods_and_bodies_that_are_not_JSON_are_refused_before_sending()
    {
        Assert.Throws<ArgumentException>(() => new RawRequest("TRACE", "customers"));
        Assert.Throws<ArgumentException>(() => new RawRequest("POST", "customers").WithJsonBody("{name: 'x'"));
    }

    [Fact]
    public void A_body_of_plain_values_is_serialized_as_the_module_serializes_every_body()
    {
        var request = new RawRequest("POST", "customers").WithBody(new Dictionary<string, object?> { ["name"] = "Nguyễn Thị Hoa", ["groupIds"] = new List<object?> { 200001L } });

        Assert.Equal("{\"name\":\"Nguyễn Thị Hoa\",\"groupIds\":[200001]}", System.Text.Encoding.UTF8.GetString(request.Body!));
    }
}
