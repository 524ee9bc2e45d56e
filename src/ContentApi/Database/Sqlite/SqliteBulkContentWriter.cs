using System.Globalization;
using System.Text.Json;
using ContentApi.Data.Entities;
using Microsoft.Data.Sqlite;

namespace ContentApi.Database.Sqlite;

/// <summary>Prepared INSERTs through Microsoft.Data.Sqlite, one per table, re-bound per row (SQLite parses each
/// statement once), with synchronous=OFF for the load only. The search index's triggers run as for any insert.</summary>
public sealed class SqliteBulkContentWriter : IBulkContentWriter
{
    public async Task<IBulkContentLoad> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (await ScalarAsync(connection, "SELECT COUNT(*) FROM Articles") is > 0)
            {
                throw new InvalidOperationException("The database already has articles. Seed into a new, empty database (--db <new path>).");
            }

            // Durability is pointless for a load that is rerun from scratch if it fails: let the OS write when it likes.
            await ExecuteAsync(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-200000; PRAGMA temp_store=MEMORY;");
            return new Load(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

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

    private sealed class Load(SqliteConnection connection) : IBulkContentLoad
    {
        private static readonly JsonSerializerOptions OutlineJson = new();

        private readonly SqliteCommand section = Prepare(connection,
            "INSERT INTO Sections (Id, Slug, Name, Description, ParentId, Position, CreatedAt, UpdatedAt, Version) " +
            "VALUES ($id, $slug, $name, $description, $parent, $position, $createdAt, $updatedAt, $version)");
        private readonly SqliteCommand author = Prepare(connection,
            "INSERT INTO Authors (Id, Slug, Name, Bio, AvatarUrl, Email, Website, X, Facebook, Instagram, LinkedIn, Bluesky, CreatedAt, UpdatedAt, Version) " +
            "VALUES ($id, $slug, $name, $bio, $avatar, $email, $website, $x, $facebook, $instagram, $linkedIn, $bluesky, $createdAt, $updatedAt, $version)");
        private readonly SqliteCommand tag = Prepare(connection,
            "INSERT INTO Tags (Id, Slug, Name, Description, CreatedAt, UpdatedAt, Version) VALUES ($id, $slug, $name, $description, " +
                "$createdAt, $updatedAt, $version)");
        private readonly SqliteCommand article = Prepare(connection,
            "INSERT INTO Articles (Id, Slug, Title, Standfirst, Body, BodyHtml, BodyText, Outline, WordCount, ReadingTimeMinutes, SectionId, " +
            "FeaturedImageUrl, FeaturedImageAlt, FeaturedImageCaption, FeaturedImageCredit, SeoTitle, SeoDescription, SeoCanonicalUrl, " +
            "Status, FirstPublishedAt, PublishedAt, ScheduledAt, CreatedAt, UpdatedAt, Version) VALUES " +
            "($id, $slug, $title, $standfirst, $body, $html, $text, $outline, $words, $minutes, $section, " +
            "$imageUrl, $imageAlt, $imageCaption, $imageCredit, $seoTitle, $seoDescription, $seoCanonicalUrl, " +
            "$status, $firstPublishedAt, $publishedAt, $scheduledAt, $createdAt, $updatedAt, $version)");
        private readonly SqliteCommand byline = Prepare(connection,
            "INSERT INTO ArticleAuthors (ArticleId, AuthorId, Position) VALUES ($article, $other, $position)");
        private readonly SqliteCommand tagging = Prepare(connection,
            "INSERT INTO ArticleTags (ArticleId, TagId, Position) VALUES ($article, $other, $position)");
        private readonly SqliteCommand change = Prepare(connection,
            "INSERT INTO ContentChanges (Kind, EntityId, Slug, Operation, PublicOperation, Reason, OccurredAt) " +
            "VALUES ($kind, $id, $slug, $operation, $publicOperation, $reason, $at)");

        private SqliteTransaction? transaction;

        public Task BeginBatchAsync(CancellationToken cancellationToken)
        {
            transaction = connection.BeginTransaction();
            foreach (var command in new[] { section, author, tag, article, byline, tagging, change }) command.Transaction = transaction;
            return Task.CompletedTask;
        }

        public async Task CommitBatchAsync(CancellationToken cancellationToken)
        {
            await transaction!.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
            transaction = null;
        }

        public void Add(Section s) => Run(section,
            ("$id", Id(s.Id)), ("$slug", s.Slug), ("$name", s.Name), ("$description", s.Description),
            ("$parent", s.ParentId is { } p ? Id(p) : null), ("$position", s.Position),
            ("$createdAt", Time(s.CreatedAt)), ("$updatedAt", Time(s.UpdatedAt)), ("$version", s.Version));

        public void Add(Author a) => Run(author,
            ("$id", Id(a.Id)), ("$slug", a.Slug), ("$name", a.Name), ("$bio", a.Bio), ("$avatar", a.AvatarUrl), ("$email", a.Email),
            ("$website", a.Website), ("$x", a.X), ("$facebook", a.Facebook), ("$instagram", a.Instagram), ("$linkedIn", a.LinkedIn), ("$bluesky", a.Bluesky),
            ("$createdAt", Time(a.CreatedAt)), ("$updatedAt", Time(a.UpdatedAt)), ("$version", a.Version));

        public void Add(Tag t) => Run(tag,
            ("$id", Id(t.Id)), ("$slug", t.Slug), ("$name", t.Name), ("$description", t.Description),
            ("$createdAt", Time(t.CreatedAt)), ("$updatedAt", Time(t.UpdatedAt)), ("$version", t.Version));

        public void Add(Article a) => Run(article,
            ("$id", Id(a.Id)), ("$slug", a.Slug), ("$title", a.Title), ("$standfirst", a.Standfirst),
            ("$body", a.Body), ("$html", a.BodyHtml), ("$text", a.BodyText), ("$outline", JsonSerializer.Serialize(a.Outline, OutlineJson)),
            ("$words", a.WordCount), ("$minutes", a.ReadingTimeMinutes), ("$section", a.SectionId is { } s ? Id(s) : null),
            ("$imageUrl", a.FeaturedImageUrl), ("$imageAlt", a.FeaturedImageAlt), ("$imageCaption", a.FeaturedImageCaption),
            ("$imageCredit", a.FeaturedImageCredit),
            ("$seoTitle", a.SeoTitle), ("$seoDescription", a.SeoDescription), ("$seoCanonicalUrl", a.SeoCanonicalUrl),
            ("$status", a.Status.ToString()), ("$firstPublishedAt", Time(a.FirstPublishedAt)), ("$publishedAt", Time(a.PublishedAt)),
            ("$scheduledAt", Time(a.ScheduledAt)), ("$createdAt", Time(a.CreatedAt)), ("$updatedAt", Time(a.UpdatedAt)), ("$version", a.Version));

        public void Add(ArticleAuthor b) => Run(byline, ("$article", Id(b.ArticleId)), ("$other", Id(b.AuthorId)), ("$position", b.Position));

        public void Add(ArticleTag t) => Run(tagging, ("$article", Id(t.ArticleId)), ("$other", Id(t.TagId)), ("$position", t.Position));

        public void Add(ContentChange c) => Run(change,
            ("$kind", c.Kind.ToString()), ("$id", Id(c.EntityId)), ("$slug", c.Slug), ("$operation", c.Operation.ToString()),
            ("$publicOperation", c.PublicOperation?.ToString()), ("$reason", c.Reason.ToString()), ("$at", Time(c.OccurredAt)));

        // Fresh statistics, so the query planner picks the list indexes on a big table from the first request.
        public Task FinishAsync(CancellationToken cancellationToken) => ExecuteAsync(connection, "PRAGMA analysis_limit=1000; ANALYZE;");

        public async ValueTask DisposeAsync()
        {
            if (transaction is not null) await transaction.DisposeAsync();
            foreach (var command in new[] { section, author, tag, article, byline, tagging, change }) await command.DisposeAsync();
            await connection.DisposeAsync();
        }

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
