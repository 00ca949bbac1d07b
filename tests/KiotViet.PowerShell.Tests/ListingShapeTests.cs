using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Every listing cmdlet gets its list parameters from the generic listing bases, and only the ones its endpoint
/// supports: -ModifiedSince/-SyncState where the API filters by change time, -IncludeRemoved where it reports removals.
/// </summary>
public sealed class ListingShapeTests : IClassFixture<HelpTests.ModuleSession>
{
    private readonly PowerShellSession session;

    public ListingShapeTests(HelpTests.ModuleSession module) => session = module.Session;

    [Theory]
    [InlineData("Get-KvCustomer", "ModifiedSince,SyncState,IncludeRemoved", "")]
    [InlineData("Get-KvProduct", "ModifiedSince,SyncState,IncludeRemoved", "")]
    [InlineData("Get-KvBranch", "ModifiedSince,SyncState,IncludeRemoved", "")]
    [InlineData("Get-KvInvoice", "ModifiedSince,SyncState", "IncludeRemoved")]
    [InlineData("Get-KvOrder", "ModifiedSince,SyncState", "IncludeRemoved")]
    [InlineData("Get-KvCustomerGroup", "", "ModifiedSince,SyncState,IncludeRemoved")]
    public void List_parameters_come_from_the_bases_where_the_endpoint_supports_them(string cmdlet, string present, string absent)
    {
        var command = (CmdletInfo)session.Run($"Get-Command {cmdlet} -Module KiotViet").ShouldSucceed().Output.Single().BaseObject;
        var list = command.ParameterSets.Single(s => s.Name == "List");

        foreach (var name in present.Split(',', StringSplitOptions.RemoveEmptyEntries).Concat(["PageSize", "Descending", "Connection"]))
        {
            Assert.Contains(list.Parameters, p => p.Name == name);
        }

        foreach (var name in absent.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.DoesNotContain(name, command.Parameters.Keys);
        }
    }

    [Theory]
    [InlineData("Get-KvBranch -PageSize 2 -Descending")]
    [InlineData("Get-KvCustomerGroup -PageSize 1")]
    public void Parameters_declared_on_a_generic_base_bind(string script)
    {
        // Binding happens before the connection is looked up: an unbound parameter would fail with a binding error instead.
        var error = Assert.IsType<ErrorRecord>(session.RunCatching(script).Caught);

        Assert.StartsWith("KiotVietNotConnected,", error.FullyQualifiedErrorId);
    }
}
