using System.Net;
using ContentApi.Rendering;
using ContentApi.Seeding.Synthetic;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Seeding;

/// <summary>The synthetic seeder writes rows the API serves as its own, the same ones every run.</summary>
public sealed class SyntheticSeedTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    private async Task<int> SeedIntoFactoryDatabase(int articles)
    {
        var db = Factory.CreateDbContext();
        var connectionString = db.Database.GetConnectionString()!;
        var seeder = new SyntheticSeeder(Factory.Services.GetRequiredService<MarkdownRenderer>(), TimeProvider.System, Factory.Services.GetRequiredService<Database.IBulkContentWriter>());
        await seeder.SeedAsync(connectionString, new SyntheticOptions(articles, Authors: 40, Tags: 60), TextWriter.Null, CancellationToken.None);
        return await db.Articles.CountAsync(a => a.Status == Data.Entities.ArticleStatus.Published);
    }

    [Fact]
    public async Task Seeded_articles_are_listed_with_an_exact_total()
    {
        var published = await SeedIntoFactoryDatabase(200);

        var list = await (await Factory.Anonymous().GetAsync($"{Api}/articles")).ExpectJson(HttpStatusCode.OK);

        Assert.InRange(published, 150, 199);
        Assert.Equal(published, list["page"]!["total"]!.GetValue<int>());
        Assert.Equal(20, list["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_seeded_article_is_served_by_slug_with_its_outline_and_html()
    {
        await SeedIntoFactoryDatabase(50);
        var slug = (await (await Factory.Anonymous().GetAsync($"{Api}/articles?limit=1")).ExpectJson(HttpStatusCode.OK))["items"]![0]!["slug"]!.GetValue<string>();

        var article = await (await Factory.Anonymous().GetAsync($"{Api}/articles/{slug}")).ExpectJson(HttpStatusCode.OK);

        Assert.InRange(article["outline"]!.AsArray().Count, 3, 4);
        Assert.StartsWith("<p>", article["bodyHtml"]!.GetValue<string>());
        Assert.Contains("<h2 id=\"", article["bodyHtml"]!.GetValue<string>());
        Assert.InRange(article["wordCount"]!.GetValue<int>(), 500, 1_200);
        Assert.NotEmpty(article["authors"]!.AsArray());
        Assert.NotEmpty(article["tags"]!.AsArray());
        Assert.NotNull(article["section"]);
    }

    [Fact]
    public async Task Seeded_articles_appear_in_the_changes_feed()
    {
        var published = await SeedIntoFactoryDatabase(30);

        var articles = 0;
        for (long since = 0, pages = 0; pages < 10; pages++)
        {
            var feed = await (await Factory.Anonymous().GetAsync($"{Api}/changes?since={since}")).ExpectJson(HttpStatusCode.OK);
            articles += feed["items"]!.AsArray().Count(i => i!["kind"]!.GetValue<string>() == "article");
            since = feed["page"]!["nextSince"]!.GetValue<long>();
            if (!feed["page"]!["hasMore"]!.GetValue<bool>()) break;
        }

        Assert.Equal(published, articles);
    }

    [Fact]
    public async Task Seeded_text_has_a_long_tail_of_rare_words_as_news_text_does()
    {
        var seeded = await SeedIntoFactoryDatabase(300);
        var all = await Factory.CreateDbContext().Articles.CountAsync();

        // How many articles each indexed word is in: search cost follows it, so a benchmark on a vocabulary
        // where every word is everywhere (as the first seeder's was) measures a site nobody runs.
        await using var connection = new SqliteConnection(Factory.CreateDbContext().Database.GetConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, ArticleSearch, 'row');
            SELECT COUNT(*), SUM(doc <= @rare), SUM(doc >= @half) FROM temp.vocab;
            """;
        command.Parameters.AddWithValue("@rare", all / 100);
        command.Parameters.AddWithValue("@half", all / 2);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (words, rare, everywhere) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));

        Assert.True(seeded > 0);
        Assert.True(words > 3_000, $"{words} distinct words");
        Assert.True(rare > words / 2, $"{rare} of {words} words are in at most 1 % of the articles");
        Assert.True(everywhere < words / 20, $"{everywhere} of {words} words are in half of the articles or more");
    }

    [Fact]
    public void Synthetic_bodies_render_exactly_as_the_app_renders_their_Markdown()
    {
        var renderer = Factory.Services.GetRequiredService<MarkdownRenderer>();
        var random = new Random(7);
        var text = new SyntheticText(renderer, random, paragraphPool: 50, headingPool: 30);

        for (var i = 0; i < 20; i++)
        {
            var assembled = text.Body(random, out var markdown);
            var rendered = renderer.Render(markdown);
            Assert.Equal(rendered.Html, assembled.Html);
            Assert.Equal(rendered.Text, assembled.Text);
            Assert.Equal(rendered.WordCount, assembled.WordCount);
            Assert.Equal(rendered.ReadingTimeMinutes, assembled.ReadingTimeMinutes);
            Assert.Equal(rendered.Outline.Select(o => (o.Level, o.Text, o.Anchor)), assembled.Outline.Select(o => (o.Level, o.Text, o.Anchor)));
        }
    }

    [Fact]
    public async Task Seed_command_makes_the_same_articles_on_every_run()
    {
        var first = Path.Combine(TemplateDatabase.Directory, $"contentapi-seed-{Guid.NewGuid():N}.db");
        var second = Path.Combine(TemplateDatabase.Directory, $"contentapi-seed-{Guid.NewGuid():N}.db");
        try
        {
            Assert.Equal(0, await SeedCommand.RunAsync(["--articles", "40", "--seed", "9", "--authors", "20", "--tags", "30", "--db", first], TextWriter.Null, TextWriter.Null));
            Assert.Equal(0, await SeedCommand.RunAsync(["--articles", "40", "--seed", "9", "--authors", "20", "--tags", "30", "--db", second], TextWriter.Null, TextWriter.Null));

            var rows = Rows(first);
            Assert.Equal(40, rows.Count);
            Assert.Equal(rows, Rows(second));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { first, second })
                foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("--articles 0")]
    [InlineData("--articles many")]
    [InlineData("--articles")]
    public async Task Seed_command_exits_2_with_usage_on_bad_arguments(string args)
    {
        var error = new StringWriter();

        Assert.Equal(2, await SeedCommand.RunAsync(args.Split(' ', StringSplitOptions.RemoveEmptyEntries), TextWriter.Null, error));
        Assert.Contains("Usage: seed", error.ToString());
    }

    private static List<string> Rows(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id || ' ' || Slug || ' ' || Title || ' ' || Status FROM Articles ORDER BY Slug";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows;
    }
}
