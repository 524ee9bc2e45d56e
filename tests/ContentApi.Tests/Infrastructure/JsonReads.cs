using System.Text.Json.Nodes;

namespace ContentApi.Tests.Infrastructure;

/// <summary>Reading the JSON a response carried: a field, or the slugs and page of a list envelope.</summary>
public static class JsonReads
{
    public static string Str(this JsonNode node, string name) => node[name]!.GetValue<string>();

    public static string[] Slugs(this JsonNode list) =>
        list["items"]!.AsArray().Select(item => item!["slug"]!.GetValue<string>()).ToArray();

    public static int Total(this JsonNode list) => list["page"]!["total"]!.GetValue<int>();

    public static string? NextCursor(this JsonNode list) => list["page"]!["nextCursor"]?.GetValue<string>();

    public static string? PrevCursor(this JsonNode list) => list["page"]!["prevCursor"]?.GetValue<string>();
}
