using ContentApi.Data.Entities;

namespace ContentApi.Database;

/// <summary>
/// Loads a large generated site into a new database fast, past EF Core: the synthetic seeder's way in.
/// The caller builds the rows as entities, exactly as the API would store them (changes-feed entries
/// included); the provider writes them its fastest way, with durability relaxed for the load, which is
/// rerun from scratch if it fails. Database-side effects of an insert (the search index) happen as usual.
/// </summary>
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
