using ContentApi.Tests.Infrastructure;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Workflow.WorkflowSteps;

namespace ContentApi.Tests.Workflow;

/// <summary>What every workflow action shares: keys, If-Match, unknown ids, and its OpenAPI entry.</summary>
public sealed class WorkflowPreconditionTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public WorkflowPreconditionTests(SharedApp app) => Factory = app.Fresh(Clock);

    public static TheoryData<string> Actions => new() { "publish", "unpublish", "schedule", "archive" };

    private object? BodyFor(string action) => action == "schedule" ? new { scheduledAt = Start.AddHours(1) } : null;

    /// <summary>An article each action could apply to: published for unpublish, a draft otherwise.</summary>
    private async Task<(JsonNode Article, string ETag)> ArticleFor(string action)
    {
        var (article, etag) = await Factory.CreateArticleWithETag();
        return action == "unpublish" ? await Factory.ActOk(article, "publish", etag) : (article, etag);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Workflow_actions_answer_428_without_If_Match(string action)
    {
        var (article, _) = await ArticleFor(action);

        var response = await Factory.Act(article, action, etag: null, BodyFor(action));

        await response.ExpectProblem(HttpStatusCode.PreconditionRequired);
        Assert.Equal(article["version"]!.GetValue<long>(), (await Factory.EditorView(article))["version"]!.GetValue<long>());
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Workflow_actions_answer_412_for_a_stale_ETag_and_change_nothing(string action)
    {
        var (article, etag) = await ArticleFor(action);
        var edited = await Factory.Editor().PatchJson(Url(article), new { standfirst = "Edited meanwhile." }, etag);
        var current = await edited.ExpectJson(HttpStatusCode.OK);

        var response = await Factory.Act(article, action, etag, BodyFor(action));

        await response.ExpectProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(edited.ETag(), response.ETag());
        var after = await Factory.EditorView(article);
        Assert.Equal(current["status"]!.GetValue<string>(), after["status"]!.GetValue<string>());
        Assert.Equal(current["version"]!.GetValue<long>(), after["version"]!.GetValue<long>());
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Workflow_actions_answer_401_without_a_key(string action)
    {
        var (article, etag) = await ArticleFor(action);

        var response = await Factory.Act(article, action, etag, BodyFor(action), Factory.Anonymous());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Workflow_actions_answer_403_with_a_preview_key(string action)
    {
        var (article, etag) = await ArticleFor(action);

        var response = await Factory.Act(article, action, etag, BodyFor(action), Factory.CreateClient(Factory.PreviewKey));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(article["status"]!.GetValue<string>(), (await Factory.EditorView(article))["status"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Workflow_actions_answer_404_for_an_unknown_id(string action)
    {
        foreach (var id in new[] { Guid.CreateVersion7().ToString(), "not-a-guid" })
        {
            var missing = new JsonObject { ["id"] = id };

            var response = await Factory.Act(missing, action, "\"1\"", BodyFor(action));

            await response.ExpectProblem(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Workflow_actions_are_documented_with_their_problems()
    {
        var document = await (await Factory.Anonymous().GetAsync("/openapi/v1.json")).ExpectJson(HttpStatusCode.OK);

        foreach (var (action, name) in new[] { ("publish", "PublishArticle"), ("unpublish", "UnpublishArticle"), ("schedule", "ScheduleArticle"), ("archive", "ArchiveArticle") })
        {
            var operation = document["paths"]![$"/api/v1/articles/{{idOrSlug}}/{action}"]!["post"]!;
            Assert.Equal(name, operation["operationId"]!.GetValue<string>());
            var responses = operation["responses"]!.AsObject();
            foreach (var status in new[] { "200", "400", "401", "403", "404", "409", "412", "428" })
            {
                Assert.True(responses.ContainsKey(status), $"{name} does not document {status}.");
            }
        }
    }
}
