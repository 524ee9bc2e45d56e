using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Articles;
using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Workflow.WorkflowSteps;

namespace ContentApi.Tests.Changes;

/// <summary>GET /changes through HTTP: order, resuming, and what an anonymous reader may learn.</summary>
public sealed class ChangesFeedTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public ChangesFeedTests(SharedApp app) => Factory = app.Fresh(Clock);

    private static readonly string Feed = $"{Api}/changes";

    /// <summary>Every change after <paramref name="since"/> as "kind operation reason slug" lines, walking every page.</summary>
    private async Task<List<string>> Read(HttpClient client, long since = 0, int limit = 100)
    {
        var lines = new List<string>();
        while (true)
        {
            var page = await (await client.GetAsync($"{Feed}?since={since}&limit={limit}")).ExpectJson(HttpStatusCode.OK);
            lines.AddRange(page["items"]!.AsArray().Select(i => $"{i!["kind"]} {i["operation"]} {i["reason"]} {i["slug"]}"));
            since = page["page"]!["nextSince"]!.GetValue<long>();
            if (!page["page"]!["hasMore"]!.GetValue<bool>()) return lines;
        }
    }

    private async Task<long> Head(HttpClient client) =>
        (await (await client.GetAsync(Feed)).ExpectJson(HttpStatusCode.OK))["page"]!["nextSince"]!.GetValue<long>();

    private async Task<(JsonNode Article, string ETag)> Article(string slug, string status)
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = slug, slug, status, body = "Text." });
        return (await response.ExpectJson(HttpStatusCode.Created), response.ETag());
    }

    [Fact]
    public async Task ListChanges_lists_changes_in_the_order_they_were_made()
    {
        await Article("first", "published");
        await Article("second", "published");
        await Article("third", "published");

        var page = await (await Factory.Anonymous().GetAsync(Feed)).ExpectJson(HttpStatusCode.OK);

        var sequences = page["items"]!.AsArray().Select(i => i!["sequence"]!.GetValue<long>()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(["first", "second", "third"], page["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ListChanges_resumes_after_nextSince_without_repeating_or_skipping()
    {
        for (var i = 0; i < 5; i++) await Article($"story-{i}", "published");

        var first = await (await Factory.Anonymous().GetAsync($"{Feed}?limit=2")).ExpectJson(HttpStatusCode.OK);
        var resumeAt = first["page"]!["nextSince"]!.GetValue<long>();
        var rest = await Read(Factory.Anonymous(), since: resumeAt, limit: 2);

        Assert.True(first["page"]!["hasMore"]!.GetValue<bool>());
        Assert.Equal(["story-0", "story-1"], first["items"]!.AsArray().Select(i => i!["slug"]!.GetValue<string>()));
        Assert.Equal(["story-2", "story-3", "story-4"], rest.Select(l => l.Split(' ')[3]));
    }

    [Fact]
    public async Task ListChanges_at_the_head_returns_no_items_and_the_same_since_to_poll_with()
    {
        await Article("only", "published");
        var head = await Head(Factory.Anonymous());

        var page = await (await Factory.Anonymous().GetAsync($"{Feed}?since={head}")).ExpectJson(HttpStatusCode.OK);

        Assert.Empty(page["items"]!.AsArray());
        Assert.Equal(head, page["page"]!["nextSince"]!.GetValue<long>());
        Assert.False(page["page"]!["hasMore"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ListChanges_items_link_to_the_resource()
    {
        var (article, _) = await Article("linked", "published");

        var item = (await (await Factory.Anonymous().GetAsync(Feed)).ExpectJson(HttpStatusCode.OK))["items"]![0]!;

        Assert.Equal(article["id"]!.GetValue<string>(), item["id"]!.GetValue<string>());
        Assert.Equal($"{Api}/articles/{article["id"]}", item["href"]!.GetValue<string>());
        Assert.Equal("upsert", item["operation"]!.GetValue<string>());
        Assert.Equal("published", item["reason"]!.GetValue<string>());
        Assert.NotNull(item["occurredAt"]);
    }

    [Fact]
    public async Task ListChanges_hides_draft_edits_from_anonymous_readers()
    {
        var (draft, etag) = await Article("secret-draft", "draft");
        await Factory.Editor().PatchJson(Url(draft), new { title = "Still secret" }, etag);

        Assert.Empty(await Read(Factory.Anonymous()));
    }

    [Fact]
    public async Task ListChanges_shows_draft_edits_to_preview_keys()
    {
        var (draft, etag) = await Article("draft-story", "draft");
        (await Factory.Editor().PatchJson(Url(draft), new { title = "Edited" }, etag)).EnsureSuccessStatusCode();

        Assert.Equal(["article upsert created draft-story", "article upsert updated draft-story"], await Read(Factory.CreateClient(Factory.PreviewKey)));
    }

    [Fact]
    public async Task ListChanges_reports_publishing_a_draft_as_an_upsert()
    {
        var (draft, etag) = await Article("going-live", "draft");
        await Factory.ActOk(draft, "publish", etag);

        Assert.Equal(["article upsert published going-live"], await Read(Factory.Anonymous()));
    }

    [Fact]
    public async Task ListChanges_reports_unpublishing_as_a_removal_to_readers_and_an_upsert_to_editors()
    {
        var (article, etag) = await Article("pulled", "published");
        await Factory.ActOk(article, "unpublish", etag);

        Assert.Equal(["article upsert published pulled", "article removal unpublished pulled"], await Read(Factory.Anonymous()));
        Assert.Equal(["article upsert published pulled", "article upsert unpublished pulled"], await Read(Factory.Editor()));
    }

    [Fact]
    public async Task ListChanges_reports_archiving_a_published_article_as_a_removal()
    {
        var (article, etag) = await Article("retired", "published");
        await Factory.ActOk(article, "archive", etag);

        Assert.Equal("article removal archived retired", (await Read(Factory.Anonymous()))[^1]);
    }

    [Fact]
    public async Task ListChanges_reports_deleting_a_published_article_as_a_removal()
    {
        var (article, etag) = await Article("gone", "published");
        (await Factory.Editor().Delete(Url(article), etag)).EnsureSuccessStatusCode();

        Assert.Equal("article removal deleted gone", (await Read(Factory.Anonymous()))[^1]);
    }

    [Fact]
    public async Task ListChanges_does_not_tell_readers_about_deleting_a_draft()
    {
        var (draft, etag) = await Article("never-seen", "draft");
        (await Factory.Editor().Delete(Url(draft), etag)).EnsureSuccessStatusCode();

        Assert.Empty(await Read(Factory.Anonymous()));
        Assert.Equal("article removal deleted never-seen", (await Read(Factory.Editor()))[^1]);
    }

    [Fact]
    public async Task ListChanges_reports_edits_of_a_published_article_as_updates()
    {
        var (article, etag) = await Article("live", "published");
        (await Factory.Editor().PatchJson(Url(article), new { standfirst = "New standfirst." }, etag)).EnsureSuccessStatusCode();

        Assert.Equal("article upsert updated live", (await Read(Factory.Anonymous()))[^1]);
    }

    [Fact]
    public async Task ListChanges_reports_section_author_and_tag_creation_renames_and_deletion()
    {
        var created = await Factory.Editor().PostJson($"{Api}/tags", new { name = "Climate" });
        var tag = await created.ExpectJson(HttpStatusCode.Created);
        var renamed = await Factory.Editor().PatchJson($"{Api}/tags/{tag["id"]}", new { slug = "climate-crisis" }, created.ETag());
        (await Factory.Editor().Delete($"{Api}/tags/{tag["id"]}", renamed.ETag())).EnsureSuccessStatusCode();
        (await Factory.Editor().PostJson($"{Api}/sections", new { name = "Europe" })).EnsureSuccessStatusCode();
        (await Factory.Editor().PostJson($"{Api}/authors", new { name = "Elena Marsh" })).EnsureSuccessStatusCode();

        Assert.Equal(
            ["tag upsert created climate", "tag upsert renamed climate-crisis", "tag removal deleted climate-crisis",
             "section upsert created europe", "author upsert created elena-marsh"],
            await Read(Factory.Anonymous()));
    }

    [Fact]
    public async Task ListChanges_reports_published_articles_whose_section_was_renamed()
    {
        var created = await Factory.Editor().PostJson($"{Api}/sections", new { name = "World" });
        var section = await created.ExpectJson(HttpStatusCode.Created);
        (await Factory.Editor().PostJson($"{Api}/articles", new { title = "Inside", section = "world", status = "published" })).EnsureSuccessStatusCode();
        var head = await Head(Factory.Anonymous());

        (await Factory.Editor().PatchJson($"{Api}/sections/{section["id"]}", new { name = "Worldwide" }, created.ETag())).EnsureSuccessStatusCode();

        Assert.Equal(["article upsert referenceChanged inside", "section upsert updated world"], (await Read(Factory.Anonymous(), head)).Order());
    }

    [Fact]
    public async Task ListChanges_reports_an_article_the_scheduler_published()
    {
        var (draft, etag) = await Article("timed", "draft");
        await Factory.ActOk(draft, "schedule", etag, new { scheduledAt = Start.AddMinutes(5) });
        Assert.Empty(await Read(Factory.Anonymous()));
        Clock.Advance(TimeSpan.FromMinutes(5));

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<DueArticlePublisher>().PublishDueAsync(CancellationToken.None));
        }

        Assert.Equal(["article upsert published timed"], await Read(Factory.Anonymous()));
        Assert.Equal("article upsert scheduled timed", (await Read(Factory.Editor()))[1]);
    }

    [Theory]
    [InlineData("since=-1", "since")]
    [InlineData("since=abc", "since")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=x", "limit")]
    public async Task ListChanges_returns_400_naming_a_bad_parameter(string query, string field)
    {
        await (await Factory.Anonymous().GetAsync($"{Feed}?{query}")).ExpectValidationError(field);
    }
}
