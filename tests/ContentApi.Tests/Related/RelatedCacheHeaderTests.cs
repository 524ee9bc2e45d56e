using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Related.RelatedSteps;

namespace ContentApi.Tests.Related;

/// <summary>A related list tells CDNs what it shows, so that purging an article purges the lists it is in.</summary>
public sealed class RelatedCacheHeaderTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task ListRelatedArticles_names_each_listed_article_and_the_articles_collection_in_Surrogate_Key()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");
        var other = await Factory.CreateArticle("Budget talks resume");
        Assert.Equal(HttpStatusCode.OK, (await Factory.SetRelated(article, new[] { other.Str("id") })).StatusCode);

        var response = await Factory.Anonymous().GetAsync(RelatedUrl(article));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var keys = string.Join(' ', response.Headers.GetValues("Surrogate-Key")).Split(' ');
        Assert.Contains("articles", keys);
        Assert.Contains($"article:{other.Str("id")}", keys);
    }
}
