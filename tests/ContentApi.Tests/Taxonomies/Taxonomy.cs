using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using Xunit.Sdk;

namespace ContentApi.Tests.Taxonomies;

/// <summary>
/// Sections, authors and tags share their HTTP rules (paging, slugs, ETags, merge patch, sub-lists), so that
/// behaviour is tested once, for each of them.
/// This is what those tests need to know about each resource.
/// </summary>
/// <param name="Route">The collection's route segment, which is also the theory's data ("sections").</param>
/// <param name="Noun">The singular noun, for made-up slugs ("no-such-section").</param>
/// <param name="TextField">The optional text field that a merge patch of null clears.</param>
public sealed record Taxonomy(string Route, string Noun, string TextField)
{
    public static readonly IReadOnlyList<Taxonomy> All =
    [
        new("sections", "section", "description"),
        new("authors", "author", "bio"),
        new("tags", "tag", "description"),
    ];

    public static Taxonomy Of(string route) => All.Single(t => t.Route == route);

    public string Url => $"/api/v1/{Route}";

    /// <summary>A create or replace body: the name, and the optional text field and slug when given.</summary>
    public Dictionary<string, object?> Body(string name, string? text = null, string? slug = null)
    {
        var body = new Dictionary<string, object?> { ["name"] = name };
        if (text is not null) body[TextField] = text;
        if (slug is not null) body["slug"] = slug;
        return body;
    }
}

/// <summary>
/// Runs a theory once for each of sections, authors and tags: the route comes first, then the given values.
/// Several attributes on one test give every combination of their values with the three resources.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class EachTaxonomyAttribute(params object?[]? values) : DataAttribute
{
    // [EachTaxonomy(null)] passes a null array rather than one null value.
    private readonly object?[] values = values ?? [null];

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) =>
        Taxonomy.All.Select(t => new object?[] { t.Route }.Concat(values).ToArray());
}

/// <summary>Arranging sections, authors and tags through the API, whichever of them a theory is running for.</summary>
public static class TaxonomySteps
{
    public static async Task<JsonNode> Create(this ContentApiFactory factory, Taxonomy taxonomy, string name, string? text = null)
    {
        var response = await factory.Editor().PostJson(taxonomy.Url, taxonomy.Body(name, text));
        return await response.ExpectJson(HttpStatusCode.Created);
    }

    public static async Task<string> CreateId(this ContentApiFactory factory, Taxonomy taxonomy, string name, string? text = null) =>
        (await factory.Create(taxonomy, name, text)).Str("id");

    /// <summary>Creates an article filed under the section, in the byline of the author, or tagged with the tag.</summary>
    public static Task<JsonNode> CreateArticleIn(this ContentApiFactory factory, Taxonomy taxonomy, string slug, string title, string status = "published", DateTime? publishedAt = null) =>
        taxonomy.Route switch
        {
            "sections" => factory.CreateArticle(title, section: slug, status: status, publishedAt: publishedAt),
            "authors" => factory.CreateArticle(title, authors: [slug], status: status, publishedAt: publishedAt),
            "tags" => factory.CreateArticle(title, tags: [slug], status: status, publishedAt: publishedAt),
            _ => throw new ArgumentOutOfRangeException(nameof(taxonomy)),
        };
}
