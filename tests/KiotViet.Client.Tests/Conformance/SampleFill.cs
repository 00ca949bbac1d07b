using System.Collections;
using System.Reflection;

namespace KiotViet.Client.Tests.Conformance;

/// <summary>
/// Sets every settable public property of a model (a draft, a change set, a query) to a value of its type, nested
/// models and one-element lists included: the most a caller could make the module send.
/// </summary>
internal static class SampleFill
{
    public static T All<T>(T model, params string[] leaveOut)
        where T : class
    {
        var counter = 0;
        Fill(model, leaveOut, ref counter, 0);
        return model;
    }

    public static T New<T>(params string[] leaveOut)
        where T : class, new() => All(new T(), leaveOut);

    private static void Fill(object model, string[] leaveOut, ref int counter, int depth)
    {
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0 || leaveOut.Contains(property.Name))
            {
                continue;
            }

            if (Sample(property.PropertyType, ref counter, depth) is { } value)
            {
                property.SetValue(model, value);
            }
        }
    }

    private static object? Sample(Type type, ref int counter, int depth)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        counter++;
        if (plain == typeof(string))
        {
            return "text" + counter;
        }

        if (plain == typeof(bool))
        {
            return true;
        }

        if (plain == typeof(int) || plain == typeof(long) || plain == typeof(decimal) || plain == typeof(double))
        {
            return Convert.ChangeType(100 + counter, plain, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (plain == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 1, 15, 10, 30, 0, TimeSpan.FromHours(7));
        }

        if (plain == typeof(DateTime))
        {
            return new DateTime(2026, 1, 15, 10, 30, 0);
        }

        if (plain.IsEnum)
        {
            var values = Enum.GetValues(plain);
            return values.GetValue(values.Length - 1);
        }

        if (plain.IsArray)
        {
            var element = plain.GetElementType()!;
            var array = Array.CreateInstance(element, 1);
            array.SetValue(Sample(element, ref counter, depth + 1), 0);
            return array;
        }

        if (plain.IsGenericType && typeof(IList).IsAssignableFrom(plain) && plain.GetConstructor(Type.EmptyTypes) is not null)
        {
            var list = (IList)Activator.CreateInstance(plain)!;
            list.Add(Sample(plain.GetGenericArguments()[0], ref counter, depth + 1));
            return list;
        }

        if (plain.IsGenericType && plain.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>)))
        {
            var element = plain.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Sample(element, ref counter, depth + 1));
            return list;
        }

        if (depth < 4 && plain.IsClass && plain.GetConstructor(Type.EmptyTypes) is not null)
        {
            var nested = Activator.CreateInstance(plain)!;
            Fill(nested, Array.Empty<string>(), ref counter, depth + 1);
            return nested;
        }

        return null;
    }
}
