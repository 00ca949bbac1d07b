using Xunit;

namespace KiotViet.Pester.Tests;

/// <summary>
/// The real-shell tests run one at a time: the README commands rebuild the module they stage, and a suite must not
/// import it while that build rewrites it (nor two suites compete for the machine's two cores).
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealShellCollection
{
    public const string Name = "Real pwsh";
}
