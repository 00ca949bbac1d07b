using System;
using System.Reflection;

namespace KiotViet.Resources;

/// <summary>
/// The collection a model is read from, relative to the API base (e.g. <c>returns</c>): its listing, and where the
/// API offers them, <c>{path}/{id}</c> and <c>{path}/code/{code}</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ApiPathAttribute : Attribute
{
    public ApiPathAttribute(string path) => Path = path;

    public string Path { get; }

    public static string Of<T>() =>
        typeof(T).GetCustomAttribute<ApiPathAttribute>()?.Path ?? throw new InvalidOperationException($"{typeof(T).Name} names no API path.");
}
