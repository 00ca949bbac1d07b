using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the product attributes (thuộc tính, e.g. MÀU, SIZE) with the values products use.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvProductAttribute", SupportsPaging = true)]
[OutputType(typeof(ProductAttribute))]
public sealed class GetKvProductAttributeCommand : KvOneRequestListCmdlet<ProductAttribute>
{
    protected override Task<IReadOnlyList<ProductAttribute>> ReadAsync(CancellationToken cancellationToken) => Shop.Reads.GetAllAsync<ProductAttribute>(cancellationToken);

    protected override string? NameOf(ProductAttribute attribute) => attribute.Name;
}
