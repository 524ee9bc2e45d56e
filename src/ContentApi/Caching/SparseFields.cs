using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Paging;

namespace ContentApi.Caching;

/// <summary><c>fields=id,slug,title</c>: a response (or each item of a list) cut down to the fields named, for the
/// clients that fetch teasers by the hundred. The names are the JSON names of the response shape.</summary>
public sealed class SparseFields
{
    public const string Parameter = "fields";

    private SparseFields(Type shape, bool isList, IReadOnlyList<string> names)
    {
        Shape = shape;
        IsList = isList;
        Names = names;
    }

    /// <summary>The type of one item: the response, or a list's item.</summary>
    public Type Shape { get; }

    public bool IsList { get; }

    /// <summary>The top-level JSON field names of <see cref="Shape"/>, in declaration order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The shape an endpoint answers 200 with (the T of its <c>Ok&lt;T&gt;</c>), or null.</summary>
    public static SparseFields? Of(Type returnType)
    {
        if (OkValueType(returnType) is not { } value) return null;
        var isList = value.IsGenericType && value.GetGenericTypeDefinition() == typeof(Paged<>);
        var shape = isList ? value.GetGenericArguments()[0] : value;
        if (shape.IsPrimitive || shape == typeof(string)) return null;
        var names = shape.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();
        return new SparseFields(shape, isList, names);
    }

    /// <summary>The fields asked for, or the problem with them (named under <c>fields</c>).</summary>
    public (HashSet<string>? Fields, string? Error) Parse(string? text)
    {
        var requested = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (requested.Length == 0) return (null, $"Name at least one field, separated by commas, from: {string.Join(", ", Names)}.");
        var unknown = requested.Where(f => !Names.Contains(f, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return (null, $"Unknown field(s): {string.Join(", ", unknown)}. Choose from: {string.Join(", ", Names)}.");
        }
        return (requested.ToHashSet(StringComparer.Ordinal), null);
    }

    /// <summary>The value serialised with only <paramref name="fields"/> kept (in every item, for a list).</summary>
    public byte[] Apply(object value, HashSet<string> fields, JsonSerializerOptions json)
    {
        var node = JsonSerializer.SerializeToNode(value, value.GetType(), json)!;
        if (IsList)
        {
            foreach (var item in node["items"]!.AsArray()) Keep(item!.AsObject(), fields);
        }
        else
        {
            Keep(node.AsObject(), fields);
        }
        return JsonSerializer.SerializeToUtf8Bytes(node, json);
    }

    private static void Keep(JsonObject item, HashSet<string> fields)
    {
        foreach (var name in item.Select(p => p.Key).Where(k => !fields.Contains(k)).ToList())
        {
            item.Remove(name);
        }
    }

    private static Type? OkValueType(Type type)
    {
        if (!type.IsGenericType) return null;
        if (type.GetGenericTypeDefinition() == typeof(Ok<>)) return type.GetGenericArguments()[0];
        return type.GetGenericArguments().Select(OkValueType).FirstOrDefault(t => t is not null);
    }
}
