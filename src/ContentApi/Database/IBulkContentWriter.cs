using ContentApi.Data.Entities;

namespace ContentApi.Database;

/// <summary>The synthetic seeder's fast path past EF Core: rows built as the API would store them (feed entries
/// included), written with durability relaxed, since a failed load is rerun from scratch.</summary>
public interface IBulkContentWriter
{
    /// <summary>Opens a load into the migrated database; throws <see cref="InvalidOperationException"/> when it has articles already.</summary>
    Task<IBulkContentLoad> OpenAsync(string connectionString, CancellationToken cancellationToken);
}

/// <summary>One load: rows are added in batches, each batch one transaction.</summary>
public interface IBulkContentLoad : IAsyncDisposable
{
    Task BeginBatchAsync(CancellationToken cancellationToken);

    Task CommitBatchAsync(CancellationToken cancellationToken);

    void Add(Section section);

    void Add(Author author);

    void Add(Tag tag);

    void Add(Article article);

    void Add(ArticleAuthor byline);

    void Add(ArticleTag tagging);

    void Add(ContentChange change);

    /// <summary>After the last batch: whatever the database needs to plan queries well over the new rows.</summary>
    Task FinishAsync(CancellationToken cancellationToken);
}
