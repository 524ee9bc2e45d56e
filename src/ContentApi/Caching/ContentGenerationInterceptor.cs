using System.Data.Common;
using ContentApi.Data;
using ContentApi.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Caching;

/// <summary>Bumps the <see cref="IContentGeneration"/> after a commit readers can see: the one place every write path
/// goes through, so none can forget. Set-based writes set <see cref="ContentDbContext.ContentWritePending"/> themselves.</summary>
public sealed class ContentGenerationInterceptor(IContentGeneration generation)
    : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
{
    /// <summary>What no anonymous read shows, so writing it evicts nothing. Every other entity counts as content, so
    /// a new one is safe by default: evicting too often costs a cache miss, too rarely a stale page.</summary>
    private static readonly HashSet<Type> Private =
        [typeof(ApiKey), typeof(DataProtectionKey), typeof(IdempotencyRecord), typeof(ArticleRevision)];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // Without a transaction of the caller's, the save has committed by now (in a transaction of its own, or as one statement).
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Committed(eventData.Context) is { } db) Bump(db);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Committed(eventData.Context) is { } db) await BumpAsync(db);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ContentDbContext { ContentWritePending: true } db) Bump(db);
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ContentDbContext { ContentWritePending: true } db) await BumpAsync(db);
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ContentDbContext db) db.ContentWritePending = false;
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    // An ExecuteUpdate or ExecuteDelete outside a transaction has committed when it returns.
    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (Committed(eventData.Context) is { } db) Bump(db);
        return result;
    }

    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (Committed(eventData.Context) is { } db) await BumpAsync(db);
        return result;
    }

    private static void Note(DbContext? context)
    {
        if (context is not ContentDbContext db) return;
        if (db.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && !Private.Contains(e.Metadata.ClrType)))
        {
            db.ContentWritePending = true;
        }
    }

    private static ContentDbContext? Committed(DbContext? context) =>
        context is ContentDbContext { ContentWritePending: true } db && db.Database.CurrentTransaction is null ? db : null;

    // Not the request's token: the write has committed, and a client that goes away must not leave its readers stale.
    private ValueTask BumpAsync(ContentDbContext db)
    {
        db.ContentWritePending = false;
        return generation.BumpAsync(CancellationToken.None);
    }

    private void Bump(ContentDbContext db) => BumpAsync(db).AsTask().GetAwaiter().GetResult();
}
