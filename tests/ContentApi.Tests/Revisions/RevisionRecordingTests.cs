using System.Net;
using ContentApi.Articles;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Workflow.WorkflowSteps;
using static ContentApi.Tests.Revisions.RevisionSteps;

namespace ContentApi.Tests.Revisions;

public sealed class RevisionRecordingTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public RevisionRecordingTests(SharedApp app) => Factory = app.Fresh(Clock);

    [Fact]
    public async Task CreateArticle_records_revision_1_with_the_key_name_and_version()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();

        var history = await Factory.History(article);

        var only = Assert.Single(history["items"]!.AsArray())!;
        Assert.Equal(1, only["number"]!.GetValue<int>());
        Assert.Equal("created", only.Str("action"));
        Assert.Equal("test editor", only.Str("keyName"));
        Assert.Equal(etag, $"\"{only["articleVersion"]!.GetValue<long>()}\"");
        Assert.Null(only["content"]);
    }

    [Fact]
    public async Task Every_change_records_a_revision_named_for_what_it_did_newest_first()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        var patched = await Factory.Editor().PatchJson(Url(article), new { title = "Edited" }, etag);
        etag = patched.ETag();
        (_, etag) = await Factory.ActOk(article, "publish", etag);
        (_, etag) = await Factory.ActOk(article, "unpublish", etag);
        (_, etag) = await Factory.ActOk(article, "schedule", etag, new { scheduledAt = Start.AddHours(1) });
        await Factory.ActOk(article, "archive", etag);

        var history = await Factory.History(article);

        Assert.Equal(["archived", "scheduled", "unpublished", "published", "updated", "created"], Actions(history));
        Assert.Equal([6, 5, 4, 3, 2, 1], history["items"]!.AsArray().Select(i => i!["number"]!.GetValue<int>()).ToArray());
    }

    [Fact]
    public async Task A_put_that_only_changes_tags_records_a_revision_with_the_new_tags()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        var put = await Factory.Editor().PutJson(Url(article), new { title = article.Str("title"), body = "Text.", tags = new[] { "Budget talks" } }, etag);
        await put.ExpectJson(HttpStatusCode.OK);

        var revision = await (await Factory.Editor().GetAsync(RevisionSteps.Revisions(article, "/2"))).ExpectJson(HttpStatusCode.OK);

        Assert.Equal("updated", revision.Str("action"));
        Assert.Equal("budget-talks", revision["content"]!["tags"]![0]!.Str("slug"));
        Assert.Equal("Budget talks", revision["content"]!["tags"]![0]!.Str("name"));
    }

    [Fact]
    public async Task The_scheduler_records_a_published_revision_as_scheduler()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        await Factory.ActOk(article, "schedule", etag, new { scheduledAt = Start.AddMinutes(10) });
        Clock.Advance(TimeSpan.FromMinutes(30));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DueArticlePublisher>().PublishDueAsync(CancellationToken.None));
        }

        var newest = (await Factory.History(article))["items"]![0]!;

        Assert.Equal("published", newest.Str("action"));
        Assert.Equal("scheduler", newest.Str("keyName"));
        Assert.Equal((await Factory.EditorView(article))["version"]!.GetValue<long>(), newest["articleVersion"]!.GetValue<long>());
    }

    [Fact]
    public async Task DeleteArticle_keeps_the_history_readable_by_id_with_a_deleted_revision()
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        (await Factory.Editor().Delete(Url(article), etag)).EnsureSuccessStatusCode();

        var history = await Factory.History(article);
        var last = await (await Factory.Editor().GetAsync(RevisionSteps.Revisions(article, "/2"))).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(["deleted", "created"], Actions(history));
        Assert.Equal(article.Str("title"), last["content"]!.Str("title"));
    }
}
