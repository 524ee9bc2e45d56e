using System.Net;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Hardening;

/// <summary>Issue #13, item 12: articles created at once share a new tag and get free slugs, instead of 409s.</summary>
public sealed class ConcurrentCreateTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task Ten_articles_created_at_once_with_one_title_and_one_new_tag_all_succeed()
    {
        // A few rounds, as a race shows itself only now and then.
        for (var round = 0; round < 3; round++)
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Factory.Editor().PostJson($"{Api}/articles",
                new { title = $"Breaking news {round}", tags = new[] { $"Brand new tag {round}" }, status = "published" })));

            var created = await Task.WhenAll(responses.Select(r => r.ExpectJson(HttpStatusCode.Created)));
            var slugs = created.Select(a => a.Str("slug")).ToArray();
            Assert.Equal(10, slugs.Distinct().Count());
            Assert.Contains($"breaking-news-{round}", slugs);
            Assert.Contains($"breaking-news-{round}-2", slugs);
            Assert.Single(created.Select(a => a["tags"]![0]!.Str("id")).Distinct());
        }
    }

    [Fact]
    public async Task A_taken_slug_the_editor_chose_is_still_a_409()
    {
        await Factory.CreateArticle("Chosen");

        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Another", slug = "chosen", status = "published" });

        await response.ExpectProblem(HttpStatusCode.Conflict);
    }
}
