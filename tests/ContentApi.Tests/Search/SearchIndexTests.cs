using System.Net;
using ContentApi.Data;
using ContentApi.Tests.Articles;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Search.SearchSteps;

namespace ContentApi.Tests.Search;

/// <summary>The index follows every write: it is kept by triggers in the same transaction as the write.</summary>
public sealed class SearchIndexTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task Editing_the_title_moves_the_article_from_the_old_word_to_the_new_one()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Walrus sighted off the coast", status = "published" });
        var created = await response.ExpectJson(HttpStatusCode.Created);

        var edited = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { title = "Narwhal sighted off the coast" }, response.ETag());
        await edited.ExpectJson(HttpStatusCode.OK);

        Assert.Empty((await SearchSteps.Search(Factory.Anonymous(), "walrus")).Slugs());
        Assert.Single((await SearchSteps.Search(Factory.Anonymous(), "narwhal")).Slugs());
    }

    [Fact]
    public async Task Editing_the_body_is_searchable_at_once()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Council meeting", body = "Nothing new.", status = "published" });
        var created = await response.ExpectJson(HttpStatusCode.Created);

        var edited = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { body = "The **referendum** is set for May." }, response.ETag());
        await edited.ExpectJson(HttpStatusCode.OK);

        var list = await SearchSteps.Search(Factory.Anonymous(), "referendum");
        Assert.Equal(["council-meeting"], list.Slugs());
        Assert.Contains("<mark>referendum</mark>", SnippetOf(list, "council-meeting"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_article_removes_it_from_search()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Pelican census results", status = "published" });
        var created = await response.ExpectJson(HttpStatusCode.Created);

        var deleted = await Factory.Editor().Delete($"{Api}/articles/{created.Str("id")}", response.ETag());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        var list = await SearchSteps.Search(Factory.Editor(), "pelican");
        Assert.Empty(list.Slugs());
        Assert.Equal(0, list.Total());
    }

    [Fact]
    public async Task A_bulk_update_outside_the_API_is_indexed_too()
    {
        await Factory.CreateStory("Old headline");

        await using (var db = Factory.CreateDbContext())
        {
            await db.Articles.ExecuteUpdateAsync(set => set.SetProperty(a => a.Title, "Rewritten by a migration script"));
        }

        Assert.Empty((await SearchSteps.Search(Factory.Anonymous(), "headline")).Slugs());
        Assert.Equal(["old-headline"], (await SearchSteps.Search(Factory.Anonymous(), "rewritten")).Slugs());
    }

    [Fact]
    public async Task The_index_passes_its_integrity_check_after_writes()
    {
        var response = await Factory.Editor().PostJson($"{Api}/articles", new { title = "Integrity first", standfirst = "Kept", body = "Some text.", status = "published" });
        var created = await response.ExpectJson(HttpStatusCode.Created);
        var edited = await Factory.Editor().PatchJson($"{Api}/articles/{created.Str("id")}", new { standfirst = (string?)null, body = "Other text." }, response.ETag());
        await edited.ExpectJson(HttpStatusCode.OK);
        await Factory.CreateStory("Second one");

        await using var db = Factory.CreateDbContext();
        // FTS5 raises an error when its index disagrees with the content it was built from.
        var checkedRows = await db.Database.ExecuteSqlRawAsync("""INSERT INTO "ArticleSearch" ("ArticleSearch", rank) VALUES ('integrity-check', 1)""");
        Assert.Equal(1, checkedRows);
    }
}
