using System.Net;
using ContentApi.Slugs;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Hardening;

/// <summary>Issue #13, item 7: names in any script get their own ASCII slug; two different names never share one.</summary>
public sealed class SlugScriptTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Theory]
    [InlineData("Україна", "ukraina")]
    [InlineData("Россия", "rossiia")]
    [InlineData("Щедрівка і Жовтень", "shchedrivka-i-zhovten")]
    [InlineData("Αθήνα", "athina")]
    [InlineData("Ελλάδα και Κύπρος", "ellada-kai-kypros")]
    [InlineData("Café Łódź", "cafe-lodz")]
    public void Cyrillic_and_Greek_are_transliterated(string name, string slug) =>
        Assert.Equal(slug, Slug.From(name));

    [Fact]
    public void Scripts_without_a_table_get_distinct_ascii_slugs_never_a_shared_fallback()
    {
        var names = new[] { "東京", "大阪", "القدس", "ירושלים", "서울", "🚀", "!!!", "東京 2026", "大阪 2026" };
        var slugs = names.Select(n => Slug.From(n)).ToArray();

        Assert.Equal(names.Length, slugs.Distinct().Count());
        Assert.All(slugs, s => Assert.True(Slug.IsValid(s) && s.Length <= 80, s));
        Assert.DoesNotContain("untitled", slugs);
        Assert.StartsWith("2026-", Slug.From("東京 2026"));
        // Deterministic: the same name always gives the same slug, so a tag named again is found again.
        Assert.Equal(Slug.From("東京"), Slug.From(" 東京 "));
    }

    [Fact]
    public async Task Tags_in_different_scripts_are_three_tags_and_a_name_used_again_finds_its_tag()
    {
        var first = await Factory.CreateArticle("Around the world", tags: ["Україна", "東京", "Россия"]);
        var second = await Factory.CreateArticle("Again", tags: ["東京"]);

        var tags = first["tags"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()).ToArray();
        Assert.Equal(3, tags.Distinct().Count());
        Assert.Equal(["ukraina", Slug.From("東京"), "rossiia"], tags);
        Assert.Equal(Slug.From("東京"), second["tags"]![0]!["slug"]!.GetValue<string>());
        var list = await (await Factory.Anonymous().GetAsync($"{Api}/tags?limit=50")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(3, list.Total());
    }

    [Theory]
    [InlineData("sections")]
    [InlineData("authors")]
    [InlineData("tags")]
    public async Task Resources_named_in_scripts_without_a_table_get_their_own_slug(string resource)
    {
        var tokyo = await (await Factory.Editor().PostJson($"{Api}/{resource}", new { name = "東京" })).ExpectJson(HttpStatusCode.Created);
        var osaka = await (await Factory.Editor().PostJson($"{Api}/{resource}", new { name = "大阪" })).ExpectJson(HttpStatusCode.Created);

        Assert.NotEqual(tokyo.Str("slug"), osaka.Str("slug"));
        await (await Factory.Anonymous().GetAsync($"{Api}/{resource}/{tokyo.Str("slug")}")).ExpectJson(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_article_titled_in_Japanese_gets_a_slug_its_own_PUT_accepts()
    {
        var article = await Factory.CreateArticle("東京の朝");
        Assert.True(Slug.IsValid(article.Str("slug")));

        var put = await Factory.Editor().PutJson($"{Api}/articles/{article.Str("id")}",
            new { title = "東京の朝", slug = article.Str("slug"), status = "published" }, "\"1\"");
        await put.ExpectJson(HttpStatusCode.OK);
    }
}
