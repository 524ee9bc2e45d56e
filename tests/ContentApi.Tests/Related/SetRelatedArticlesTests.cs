using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Related.RelatedSteps;

namespace ContentApi.Tests.Related;

public sealed class SetRelatedArticlesTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task SetRelatedArticles_answers_the_list_and_a_new_ETag()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");
        var other = await Factory.CreateArticle("Budget talks resume");
        var before = await Factory.ETagOf(article);

        var response = await Factory.SetRelated(article, new[] { other.Str("slug") }, before);

        var body = await response.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(other.Str("slug"), body["items"]![0]!.Str("slug"));
        Assert.NotEqual(before, response.ETag());
        Assert.Equal(response.ETag(), await Factory.ETagOf(article));
    }

    [Fact]
    public async Task SetRelatedArticles_replaces_the_previous_choice()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");
        var first = await Factory.CreateArticle("Budget talks resume");
        var second = await Factory.CreateArticle("Finance minister resigns");
        (await Factory.SetRelated(article, new[] { first.Str("slug") })).EnsureSuccessStatusCode();

        (await Factory.SetRelated(article, new[] { second.Str("slug") })).EnsureSuccessStatusCode();

        var curated = (await Factory.Related(article)).Where(i => i!.Str("reason") == "curated");
        Assert.Equal([second.Str("slug")], curated.Select(i => i!.Str("slug")));
    }

    [Fact]
    public async Task SetRelatedArticles_with_an_empty_list_clears_the_choice()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");
        var other = await Factory.CreateArticle("Budget talks resume");
        (await Factory.SetRelated(article, new[] { other.Str("slug") })).EnsureSuccessStatusCode();

        (await Factory.SetRelated(article, Array.Empty<string>())).EnsureSuccessStatusCode();

        Assert.DoesNotContain(await Factory.Related(article), i => i!.Str("reason") == "curated");
    }

    [Fact]
    public async Task SetRelatedArticles_rejects_an_unknown_article_naming_it()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");
        var other = await Factory.CreateArticle("Budget talks resume");

        var response = await Factory.SetRelated(article, new[] { other.Str("slug"), "no-such-article" });

        var problem = await response.ExpectValidationError("articles[1]");
        Assert.Contains("no-such-article", problem["errors"]!["articles[1]"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task SetRelatedArticles_rejects_the_article_itself()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");

        var response = await Factory.SetRelated(article, new[] { article.Str("id") });

        await response.ExpectValidationError("articles[0]");
    }

    [Fact]
    public async Task SetRelatedArticles_rejects_the_same_article_twice_by_id_and_slug()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");
        var other = await Factory.CreateArticle("Budget talks resume");

        var response = await Factory.SetRelated(article, new[] { other.Str("slug"), other.Str("id") });

        await response.ExpectValidationError("articles[1]");
    }

    [Fact]
    public async Task SetRelatedArticles_rejects_more_than_twenty()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");

        var response = await Factory.SetRelated(article, Enumerable.Range(0, 21).Select(i => $"article-{i}").ToArray());

        await response.ExpectValidationError("articles");
    }

    [Fact]
    public async Task SetRelatedArticles_rejects_a_body_without_articles()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");

        var response = await Factory.Editor().PutJson(RelatedUrl(article), new { }, await Factory.ETagOf(article));

        await response.ExpectValidationError("articles");
    }

    [Fact]
    public async Task SetRelatedArticles_requires_If_Match()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");

        var response = await Factory.Editor().PutJson(RelatedUrl(article), new { articles = Array.Empty<string>() }, etag: null);

        await response.ExpectProblem(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task SetRelatedArticles_returns_412_for_a_stale_ETag()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");
        var stale = await Factory.ETagOf(article);
        (await Factory.SetRelated(article, Array.Empty<string>(), stale)).EnsureSuccessStatusCode();

        var response = await Factory.SetRelated(article, Array.Empty<string>(), stale);

        await response.ExpectProblem(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task SetRelatedArticles_returns_401_without_a_key()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");

        var response = await Factory.SetRelated(article, Array.Empty<string>(), client: Factory.Anonymous());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SetRelatedArticles_returns_403_for_a_preview_key()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");

        var response = await Factory.SetRelated(article, Array.Empty<string>(), client: Factory.Preview());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SetRelatedArticles_returns_404_when_the_article_is_missing()
    {
        var response = await Factory.Editor().PutJson($"{Api}/articles/no-such-article/related", new { articles = Array.Empty<string>() }, "\"1\"");

        await response.ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SetRelatedArticles_accepts_an_unpublished_article_and_lists_it_once_published()
    {
        var article = await Factory.CreateArticle("Budget vote delayed");
        var draft = await Factory.CreateArticle("Budget vote: the explainer", status: "draft");
        (await Factory.SetRelated(article, new[] { draft.Str("slug") })).EnsureSuccessStatusCode();
        Assert.Empty(await Factory.Related(article));

        (await Factory.Publish(draft)).EnsureSuccessStatusCode();

        Assert.Equal([draft.Str("slug")], SlugsOf(await Factory.Related(article)));
    }
}
