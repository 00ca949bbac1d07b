namespace KiotViet.Sandbox.Controls;

/// <summary>The malformed answers armed for list routes; the latest one armed for a path wins.</summary>
internal sealed class GarbageRules
{
    private readonly List<(SandboxGarbage Garbage, int? Remaining)> armed = new();

    public void Add(SandboxGarbage garbage)
    {
        lock (armed)
        {
            armed.RemoveAll(a => string.Equals(a.Garbage.Path, garbage.Path, StringComparison.OrdinalIgnoreCase));
            armed.Add((garbage, garbage.Count));
        }
    }

    public void Clear()
    {
        lock (armed)
        {
            armed.Clear();
        }
    }

    /// <summary>The kind to serve for this request, consuming one use.</summary>
    public SandboxGarbageKind? Take(string method, string path)
    {
        if (!HttpMethods.IsGet(method))
        {
            return null;
        }

        lock (armed)
        {
            var index = armed.FindIndex(a => string.Equals(a.Garbage.Path.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            var (garbage, remaining) = armed[index];
            if (remaining is { } left)
            {
                if (left <= 1)
                {
                    armed.RemoveAt(index);
                }
                else
                {
                    armed[index] = (garbage, left - 1);
                }
            }

            return garbage.Kind;
        }
    }
}
