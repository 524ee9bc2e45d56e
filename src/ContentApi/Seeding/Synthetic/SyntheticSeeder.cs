using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContentApi.Data.Entities;
using ContentApi.Http;
using ContentApi.Rendering;
using Microsoft.Data.Sqlite;

namespace ContentApi.Seeding.Synthetic;

/// <summary>What to generate. The same options and seed always give the same content.</summary>
public sealed record SyntheticOptions(int Articles, int Seed = 42, int Authors = 400, int Tags = 600, int Years = 8);

/// <summary>
/// Fills an empty, migrated database with realistic synthetic content, fast: prepared INSERTs through
/// Microsoft.Data.Sqlite in transactions of a few thousand articles, synchronous=OFF for the load only,
/// and bodies assembled from pre-rendered blocks (<see cref="SyntheticText"/>) instead of rendering each.
/// The rows are exactly what the API would have stored (columns, formats, changes-feed entries), so the
/// API serves them as its own; triggers on the tables (search index) run as for any insert.
/// </summary>
public sealed class SyntheticSeeder(MarkdownRenderer renderer, TimeProvider clock)
{
    private const int ArticlesPerTransaction = 5_000;
    private const int ProgressEvery = 10_000;

    public async Task<int> SeedAsync(string connectionString, SyntheticOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var now = clock.GetUtcNow().UtcDateTime;
        // The newest article is an hour before midnight, however it is jittered: never dated in the future.
        var today = now.Date.AddHours(-1);

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (await ScalarAsync(connection, "SELECT COUNT(*) FROM Articles") is > 0)
        {
            throw new InvalidOperationException("The database already has articles. Seed into a new, empty database (--db <new path>).");
        }

        // Durability is pointless for a load that is rerun from scratch if it fails: let the OS write when it likes.
        await ExecuteAsync(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-200000; PRAGMA temp_store=MEMORY;");

        var text = new SyntheticText(renderer, random);
        var sections = SyntheticCatalog.Sections(random);
        var authors = SyntheticCatalog.Authors(random, options.Authors);
        var tags = SyntheticCatalog.Tags(random, Math.Min(options.Tags, SyntheticCatalog.MaxTags));
        var inserts = new Inserts(connection);

        await using (var transaction = connection.BeginTransaction())
        {
            inserts.Enlist(transaction);
            var created = today.AddYears(-options.Years).AddDays(-30);
            foreach (var s in sections) inserts.Section(s, created);
            foreach (var a in authors) inserts.Author(a, created);
            foreach (var t in tags) inserts.Tag(t, created);
            await transaction.CommitAsync(cancellationToken);
        }

        var sectionDraw = new Zipf(sections.Count, 0.8);
        var authorDraw = new Zipf(authors.Count, 0.9);
        var tagDraw = new Zipf(tags.Count, 1.07);
        var slugs = new HashSet<string>(options.Articles);
        var from = today.AddYears(-options.Years);
        var span = (long)(today - from).TotalSeconds;
        var watch = Stopwatch.StartNew();

        for (var start = 0; start < options.Articles; start += ArticlesPerTransaction)
        {
            await using var transaction = connection.BeginTransaction();
            inserts.Enlist(transaction);
            var end = Math.Min(options.Articles, start + ArticlesPerTransaction);
            for (var i = start; i < end; i++)
            {
                var at = from.AddSeconds(span * i / options.Articles + random.Next(0, 1_800));
                var article = NextArticle(random, text, at, now, slugs, sections[sectionDraw.Next(random)]);
                inserts.Article(article);
                var bylines = Distinct(random, authorDraw, random.NextDouble() switch { < 0.75 => 1, < 0.95 => 2, _ => 3 });
                for (var p = 0; p < bylines.Count; p++) inserts.Byline(article.Id, authors[bylines[p]].Id, p);
                var tagging = Distinct(random, tagDraw, random.Next(2, 7));
                for (var p = 0; p < tagging.Count; p++) inserts.Tagging(article.Id, tags[tagging[p]].Id, p);
                inserts.Change(ArticleChange(article));

                if ((i + 1) % ProgressEvery == 0 || i + 1 == options.Articles) Report(progress, i + 1, options.Articles, watch.Elapsed);
            }
            await transaction.CommitAsync(cancellationToken);
        }

        // Fresh statistics, so the query planner picks the list indexes on a big table from the first request.
        await ExecuteAsync(connection, "PRAGMA analysis_limit=1000; ANALYZE;");
        await progress.WriteLineAsync($"Seeded {options.Articles:N0} articles, {sections.Count} sections, {authors.Count} authors and {tags.Count} tags in {watch.Elapsed.TotalSeconds:N1} s.");
        return options.Articles;
    }

    private static void Report(TextWriter progress, int done, int total, TimeSpan elapsed)
    {
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var eta = TimeSpan.FromSeconds((total - done) / rate);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {done,10:N0} / {total:N0} articles  {rate,8:N0}/s  elapsed {elapsed:mm\\:ss}  ETA {eta:mm\\:ss}"));
    }

    /// <summary>An article dated around <paramref name="at"/>: most published, a few drafts, scheduled or archived.</summary>
    private static SyntheticArticle NextArticle(Random random, SyntheticText text, DateTime at, DateTime now, HashSet<string> slugs, SyntheticTerm section)
    {
        var title = SyntheticText.Phrase(random, 6, 11);
        var baseSlug = Slugs.From(title, 70);
        var slug = baseSlug;
        for (var n = 2; !slugs.Add(slug); n++) slug = $"{baseSlug}-{n}";

        var status = random.NextDouble() switch
        {
            < 0.94 => ArticleStatus.Published,
            < 0.97 => ArticleStatus.Draft,
            < 0.99 => ArticleStatus.Archived,
            _ => ArticleStatus.Scheduled,
        };
        var created = at.AddMinutes(-random.Next(10, 600));
        var edits = random.NextDouble() < 0.2 ? random.Next(1, 3) : 0;
        var updated = edits == 0 ? at : Min(at.AddMinutes(random.Next(5, 2_880)), now);
        var published = status is ArticleStatus.Published or ArticleStatus.Archived ? at : (DateTime?)null;
        var scheduled = status == ArticleStatus.Scheduled ? now.Date.AddDays(random.Next(2, 60)).AddHours(random.Next(6, 20)) : (DateTime?)null;

        var body = text.Body(random, out var markdown);
        var hasImage = random.NextDouble() < 0.8;
        return new SyntheticArticle(
            SyntheticIds.Next(created, random), slug, title, SyntheticText.Sentence(random, 18, 32),
            markdown, body, section.Id,
            hasImage ? $"https://images.example.com/{slug}.jpg" : null,
            hasImage ? SyntheticText.Phrase(random, 4, 8) : null,
            hasImage ? SyntheticText.Sentence(random, 6, 12) : null,
            hasImage ? "Photo: Newsroom Pictures" : null,
            status, published, published, scheduled, created, Max(updated, created), 1 + edits);
    }

    private static ContentChange ArticleChange(SyntheticArticle a)
    {
        var isPublic = a.Status == ArticleStatus.Published;
        var reason = a.Status switch
        {
            ArticleStatus.Published => ChangeReason.Published,
            ArticleStatus.Scheduled => ChangeReason.Scheduled,
            ArticleStatus.Archived => ChangeReason.Archived,
            _ => ChangeReason.Created,
        };
        return Data.ContentChanges.ForArticle(a.Id, a.Slug, wasPublic: false, isPublic, removed: false, reason, a.UpdatedAt);
    }

    private static List<int> Distinct(Random random, Zipf draw, int count)
    {
        var picked = new List<int>(count);
        for (var attempts = 0; picked.Count < count && attempts < count * 20; attempts++)
        {
            var next = draw.Next(random);
            if (!picked.Contains(next)) picked.Add(next);
        }
        return picked;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed record SyntheticArticle(
        Guid Id, string Slug, string Title, string Standfirst, string Markdown, RenderedBody Body, Guid SectionId,
        string? ImageUrl, string? ImageAlt, string? ImageCaption, string? ImageCredit,
        ArticleStatus Status, DateTime? FirstPublishedAt, DateTime? PublishedAt, DateTime? ScheduledAt,
        DateTime CreatedAt, DateTime UpdatedAt, long Version);

    /// <summary>One prepared command per table, re-bound per row: SQLite parses each statement once.</summary>
    private sealed class Inserts(SqliteConnection connection)
    {
        private static readonly JsonSerializerOptions OutlineJson = new();

        private readonly SqliteCommand section = Prepare(connection,
            "INSERT INTO Sections (Id, Slug, Name, Description, ParentId, Position, CreatedAt, UpdatedAt, Version) VALUES ($id, $slug, $name, $description, $parent, $position, $at, $at, 1)");
        private readonly SqliteCommand author = Prepare(connection,
            "INSERT INTO Authors (Id, Slug, Name, Bio, AvatarUrl, Email, Website, X, Facebook, Instagram, LinkedIn, Bluesky, CreatedAt, UpdatedAt, Version) " +
            "VALUES ($id, $slug, $name, $bio, $avatar, $email, NULL, $x, NULL, NULL, NULL, NULL, $at, $at, 1)");
        private readonly SqliteCommand tag = Prepare(connection,
            "INSERT INTO Tags (Id, Slug, Name, Description, CreatedAt, UpdatedAt, Version) VALUES ($id, $slug, $name, NULL, $at, $at, 1)");
        private readonly SqliteCommand article = Prepare(connection,
            "INSERT INTO Articles (Id, Slug, Title, Standfirst, Body, BodyHtml, BodyText, Outline, WordCount, ReadingTimeMinutes, SectionId, " +
            "FeaturedImageUrl, FeaturedImageAlt, FeaturedImageCaption, FeaturedImageCredit, SeoTitle, SeoDescription, SeoCanonicalUrl, " +
            "Status, FirstPublishedAt, PublishedAt, ScheduledAt, CreatedAt, UpdatedAt, Version) VALUES " +
            "($id, $slug, $title, $standfirst, $body, $html, $text, $outline, $words, $minutes, $section, " +
            "$imageUrl, $imageAlt, $imageCaption, $imageCredit, NULL, NULL, NULL, " +
            "$status, $firstPublishedAt, $publishedAt, $scheduledAt, $createdAt, $updatedAt, $version)");
        private readonly SqliteCommand byline = Prepare(connection,
            "INSERT INTO ArticleAuthors (ArticleId, AuthorId, Position) VALUES ($article, $other, $position)");
        private readonly SqliteCommand tagging = Prepare(connection,
            "INSERT INTO ArticleTags (ArticleId, TagId, Position) VALUES ($article, $other, $position)");
        private readonly SqliteCommand change = Prepare(connection,
            "INSERT INTO ContentChanges (Kind, EntityId, Slug, Operation, PublicOperation, Reason, OccurredAt) " +
            "VALUES ($kind, $id, $slug, $operation, $publicOperation, $reason, $at)");

        public void Enlist(SqliteTransaction transaction)
        {
            foreach (var command in new[] { section, author, tag, article, byline, tagging, change }) command.Transaction = transaction;
        }

        public void Section(SyntheticTerm s, DateTime at)
        {
            Run(section, ("$id", Id(s.Id)), ("$slug", s.Slug), ("$name", s.Name), ("$description", $"News and analysis: {s.Name}."),
                ("$parent", s.ParentId is { } p ? Id(p) : null), ("$position", s.Position), ("$at", Time(at)));
            Change(Data.ContentChanges.ForTaxonomy(ResourceKind.Section, s.Id, s.Slug, ChangeOperation.Upsert, ChangeReason.Created, at));
        }

        public void Author(SyntheticTerm a, DateTime at)
        {
            Run(author, ("$id", Id(a.Id)), ("$slug", a.Slug), ("$name", a.Name), ("$bio", $"{a.Name} is a correspondent."),
                ("$avatar", $"https://images.example.com/authors/{a.Slug}.jpg"), ("$email", $"{a.Slug}@newsroom.example.com"),
                ("$x", $"https://x.com/{a.Slug.Replace("-", "", StringComparison.Ordinal)}"), ("$at", Time(at)));
            Change(Data.ContentChanges.ForTaxonomy(ResourceKind.Author, a.Id, a.Slug, ChangeOperation.Upsert, ChangeReason.Created, at));
        }

        public void Tag(SyntheticTerm t, DateTime at)
        {
            Run(tag, ("$id", Id(t.Id)), ("$slug", t.Slug), ("$name", t.Name), ("$at", Time(at)));
            Change(Data.ContentChanges.ForTaxonomy(ResourceKind.Tag, t.Id, t.Slug, ChangeOperation.Upsert, ChangeReason.Created, at));
        }

        public void Article(SyntheticArticle a) => Run(article,
            ("$id", Id(a.Id)), ("$slug", a.Slug), ("$title", a.Title), ("$standfirst", a.Standfirst),
            ("$body", a.Markdown), ("$html", a.Body.Html), ("$text", a.Body.Text), ("$outline", JsonSerializer.Serialize(a.Body.Outline, OutlineJson)),
            ("$words", a.Body.WordCount), ("$minutes", a.Body.ReadingTimeMinutes), ("$section", Id(a.SectionId)),
            ("$imageUrl", a.ImageUrl), ("$imageAlt", a.ImageAlt), ("$imageCaption", a.ImageCaption), ("$imageCredit", a.ImageCredit),
            ("$status", a.Status.ToString()), ("$firstPublishedAt", Time(a.FirstPublishedAt)), ("$publishedAt", Time(a.PublishedAt)),
            ("$scheduledAt", Time(a.ScheduledAt)), ("$createdAt", Time(a.CreatedAt)), ("$updatedAt", Time(a.UpdatedAt)), ("$version", a.Version));

        public void Byline(Guid articleId, Guid authorId, int position) =>
            Run(byline, ("$article", Id(articleId)), ("$other", Id(authorId)), ("$position", position));

        public void Tagging(Guid articleId, Guid tagId, int position) =>
            Run(tagging, ("$article", Id(articleId)), ("$other", Id(tagId)), ("$position", position));

        public void Change(ContentChange c) => Run(change,
            ("$kind", c.Kind.ToString()), ("$id", Id(c.EntityId)), ("$slug", c.Slug), ("$operation", c.Operation.ToString()),
            ("$publicOperation", c.PublicOperation?.ToString()), ("$reason", c.Reason.ToString()), ("$at", Time(c.OccurredAt)));

        // EF Core's SQLite formats, so that the app's comparisons (text) and reads match its own rows.
        private static string Id(Guid id) => id.ToString("D").ToUpperInvariant();

        private static string? Time(DateTime? at) => at?.ToString("yyyy'-'MM'-'dd HH':'mm':'ss.FFFFFFF", CultureInfo.InvariantCulture);

        private static SqliteCommand Prepare(SqliteConnection connection, string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            return command;
        }

        private static void Run(SqliteCommand command, params (string Name, object? Value)[] values)
        {
            if (command.Parameters.Count == 0)
            {
                foreach (var (name, _) in values) command.Parameters.Add(new SqliteParameter { ParameterName = name });
                command.Prepare();
            }
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }
}
