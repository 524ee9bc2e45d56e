using System.Data.Common;
using System.Net;
using ContentApi.Data;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Articles;

/// <summary>A read costs a fixed number of SQL commands, however many authors and tags its items have (no N+1).</summary>
public sealed class ArticleQueryCountTests(SharedApp app, ArticleQueryCountTests.CountedApp countedApp, ArticleQueryCountTests.CountedUncachedApp uncachedApp)
    : IClassFixture<SharedApp>, IClassFixture<ArticleQueryCountTests.CountedApp>, IClassFixture<ArticleQueryCountTests.CountedUncachedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task Listing_20_articles_with_authors_and_tags_runs_at_most_3_SQL_commands()
    {
        var counted = countedApp.Fresh();
        var counter = counted.Services.GetRequiredService<SqlCommandCounter>();
        var editor = counted.Editor();

        await counted.CreateSection("International");
        await counted.CreateAuthor("Elena Marsh");
        await counted.CreateAuthor("Tom Reed");
        for (var i = 0; i < 20; i++)
        {
            await counted.CreateArticle($"Story {i}", section: "international", authors: ["elena-marsh", "tom-reed"], tags: ["ukraine", "nato", $"topic {i}"]);
        }

        counter.Reset();
        var anonymous = await counted.CreateClient().GetAsync($"{Api}/articles?limit=20");
        var anonymousCommands = counter.Count;
        counter.Reset();
        var filtered = await editor.GetAsync($"{Api}/articles?limit=20&sort=-updatedAt");
        var editorCommands = counter.Count;

        var list = await anonymous.ExpectJson(HttpStatusCode.OK);
        Assert.Equal(20, list["items"]!.AsArray().Count);
        Assert.All(list["items"]!.AsArray(), item =>
        {
            Assert.Equal(2, item!["authors"]!.AsArray().Count);
            Assert.Equal(3, item["tags"]!.AsArray().Count);
        });
        Assert.Equal(20, (await filtered.ExpectJson(HttpStatusCode.OK))["items"]!.AsArray().Count);
        Assert.InRange(anonymousCommands, 1, 3);
        Assert.InRange(editorCommands, 1, 3);
    }

    [Theory]
    [InlineData("/articles?limit=20")]
    [InlineData("/articles?limit=20&page=2")]
    [InlineData("/sections/world/articles?limit=20")]
    [InlineData("/authors/elena-marsh/articles?limit=20")]
    [InlineData("/tags/ukraine/articles?limit=20")]
    [InlineData("/articles?section=world&author=elena-marsh&tag=ukraine&limit=5")]
    public async Task A_list_runs_at_most_2_SQL_commands_once_its_lookups_and_total_are_cached(string list)
    {
        // The output cache off: this counts what a request costs the database when it is not served from memory.
        var counted = uncachedApp.Fresh();
        var counter = counted.Services.GetRequiredService<SqlCommandCounter>();
        await counted.CreateSection("World");
        await counted.CreateSection("Europe", parent: "world");
        await counted.CreateAuthor("Elena Marsh");
        for (var i = 0; i < 25; i++)
        {
            await counted.CreateArticle($"Story {i}", section: i % 2 == 0 ? "world" : "europe", authors: ["elena-marsh"], tags: ["ukraine", $"topic {i}"]);
        }
        var client = counted.CreateClient();
        (await client.GetAsync(Api + list)).EnsureSuccessStatusCode();

        counter.Reset();
        var response = await client.GetAsync(Api + list);

        Assert.NotEmpty((await response.ExpectJson(HttpStatusCode.OK))["items"]!.AsArray());
        Assert.InRange(counter.Count, 1, 2);
    }

    [Fact]
    public async Task Reading_an_article_runs_at_most_2_SQL_commands_and_keeps_byline_and_tag_order()
    {
        var counted = uncachedApp.Fresh();
        var counter = counted.Services.GetRequiredService<SqlCommandCounter>();
        await counted.CreateAuthor("Elena Marsh");
        await counted.CreateAuthor("Tom Reed");
        await counted.CreateAuthor("Ana Lima");
        await counted.CreateArticle("Story", authors: ["tom-reed", "ana-lima", "elena-marsh"], tags: ["nato", "ukraine", "berlin", "talks"]);
        var client = counted.CreateClient();

        counter.Reset();
        var article = await (await client.GetAsync($"{Api}/articles/story")).ExpectJson(HttpStatusCode.OK);

        Assert.InRange(counter.Count, 1, 2);
        Assert.Equal(["tom-reed", "ana-lima", "elena-marsh"], article["authors"]!.AsArray().Select(a => a!["slug"]!.GetValue<string>()));
        Assert.Equal(["nato", "ukraine", "berlin", "talks"], article["tags"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_304_for_an_article_reads_only_the_article()
    {
        var counted = uncachedApp.Fresh();
        var counter = counted.Services.GetRequiredService<SqlCommandCounter>();
        await counted.CreateArticle("Story", tags: ["nato", "ukraine"]);
        var client = counted.CreateClient();
        var etag = (await client.GetAsync($"{Api}/articles/story")).ETag();

        counter.Reset();
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/articles/story");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task A_write_makes_the_next_list_count_again()
    {
        await Factory.CreateArticle("First");
        var client = Factory.CreateClient();
        Assert.Equal(1, (await (await client.GetAsync($"{Api}/articles")).ExpectJson(HttpStatusCode.OK))["page"]!["total"]!.GetValue<int>());

        await Factory.CreateArticle("Second");

        Assert.Equal(2, (await (await client.GetAsync($"{Api}/articles")).ExpectJson(HttpStatusCode.OK))["page"]!["total"]!.GetValue<int>());
    }

    /// <summary>An app with one more interceptor on the DbContext the handlers get.</summary>
    public sealed class CountedApp() : SharedApp([], Counting);

    /// <summary>
    /// An app with the output cache off (so every request costs the database what it
    /// costs when not served from memory) and the counter on the DbContext the handlers get.
    /// </summary>
    public sealed class CountedUncachedApp() : SharedApp(new() { ["Caching:OutputCache:Enabled"] = "false" }, Counting);

    private static void Counting(IServiceCollection services) => services.AddSingleton<SqlCommandCounter>()
        .ConfigureDbContext<ContentDbContext>((app, options) => options.AddInterceptors(app.GetRequiredService<SqlCommandCounter>()));

    public sealed class SqlCommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Reset() => Interlocked.Exchange(ref count, 0);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref count);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Interlocked.Increment(ref count);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Interlocked.Increment(ref count);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return ValueTask.FromResult(result);
        }
    }
}
