using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Search;

public sealed class SearchSchemaTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    // These tests only read (or are refused before writing), so the class shares one app and database.
    private ContentApiFactory Factory => factory;

    /// <summary>
    /// SQLite drops a table's triggers with the table, and EF rebuilds a table to alter a column: a later
    /// migration that rebuilds Articles would silently stop the index following writes. This catches it.
    /// </summary>
    [Fact]
    public async Task Migrations_leave_the_search_triggers_on_Articles()
    {
        await using var db = Factory.CreateDbContext();

        var triggers = await db.Database.SqlQuery<string>(
            $"""SELECT name AS "Value" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Articles' AND name LIKE 'Articles_Search_%' ORDER BY name""")
            .ToListAsync();

        Assert.Equal(["Articles_Search_AfterDelete", "Articles_Search_AfterInsert", "Articles_Search_AfterUpdate"], triggers);
    }
}
