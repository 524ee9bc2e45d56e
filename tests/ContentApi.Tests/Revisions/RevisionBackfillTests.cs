using System.Net;
using ContentApi.Migrations.Sqlite.Migrations;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Workflow.WorkflowSteps;
using static ContentApi.Tests.Revisions.RevisionSteps;

namespace ContentApi.Tests.Revisions;

public sealed class RevisionBackfillTests : IClassFixture<SharedApp>
{
    private FakeTimeProvider Clock { get; } = StartClock();

    private ContentApiFactory Factory { get; }

    public RevisionBackfillTests(SharedApp app) => Factory = app.Fresh(Clock);

    [Fact]
    public async Task The_migration_backfill_records_the_same_revision_1_the_API_would()
    {
        var section = await Factory.CreateSection("Backfill section");
        var author = await Factory.CreateAuthor("Backfill Author");
        var created = await Factory.Editor().PostJson($"{Api}/articles", new
        {
            title = "Written before revisions",
            standfirst = "Kept.",
            body = "Text.\n\n## Part",
            section = section.Str("slug"),
            authors = new[] { author.Str("slug") },
            tags = new[] { "First tag", "Second tag" },
            featuredImage = new { url = "https://example.com/a.jpg", alt = "An image" },
            status = "published",
        });
        var article = await created.ExpectJson(HttpStatusCode.Created);
        var recorded = await (await Factory.Editor().GetAsync(RevisionSteps.Revisions(article, "/1"))).ExpectJson(HttpStatusCode.OK);
        await using (var db = Factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ArticleRevisions\";");
            await db.Database.ExecuteSqlRawAsync(AddRevisionsAndIdempotency.BackfillRevisionsSql);
        }

        var backfilled = await (await Factory.Editor().GetAsync(RevisionSteps.Revisions(article, "/1"))).ExpectJson(HttpStatusCode.OK);

        Assert.Equal(recorded["content"]!.ToJsonString(), backfilled["content"]!.ToJsonString());
        Assert.Equal("migration", backfilled.Str("keyName"));
        Assert.Equal("created", backfilled.Str("action"));
    }
}
