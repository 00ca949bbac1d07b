using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;

namespace KiotViet.Resources;

/// <summary>
/// Reads any resource that has nothing but reads: its listing from a query, one item by id or code from the
/// collection its model names (<see cref="ApiPathAttribute"/>).
/// </summary>
public sealed class ReadClient : ResourceClient
{
    internal ReadClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    /// <summary>GET {path}/{id}.</summary>
    public Task<T> GetAsync<T>(long id, CancellationToken cancellationToken)
        where T : class, IKiotVietEntity =>
        GetByIdAsync<T>(ApiPathAttribute.Of<T>(), id, cancellationToken);

    /// <summary>GET {path}/code/{code}.</summary>
    public Task<T> GetByCodeAsync<T>(string code, CancellationToken cancellationToken)
        where T : class, IKiotVietEntity =>
        GetByCodeAsync<T>(ApiPathAttribute.Of<T>(), code, cancellationToken);
}
