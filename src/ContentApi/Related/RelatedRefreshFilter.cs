using ContentApi.Data;
using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>Recomputes the related lists of the articles a write saved, after its commit but before the response, so
/// an editor reads the new list. A failure is logged, not a 500 for a write that succeeded; reads still hide unpublished ones.</summary>
public sealed class RelatedRefreshFilter(ContentDbContext db, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime,
    ILogger<RelatedRefreshFilter> logger) : IEndpointFilter
{
    private static readonly string[] VersionOnly = [nameof(Article.Version), nameof(Article.UpdatedAt)];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var saved = new HashSet<Guid>();
        void Note(object? sender, SavingChangesEventArgs e)
        {
            foreach (var entry in db.ChangeTracker.Entries<Article>())
            {
                // A new version alone (setting the curated list) changes nothing relatedness reads.
                if (entry.State is EntityState.Added
                    || (entry.State is EntityState.Modified && entry.Properties.Any(p => p.IsModified && !VersionOnly.Contains(p.Metadata.Name))))
                {
                    saved.Add(entry.Entity.Id);
                }
            }
            foreach (var entry in db.ChangeTracker.Entries<ArticleTag>())
            {
                if (entry.State is EntityState.Added or EntityState.Deleted) saved.Add(entry.Entity.ArticleId);
            }
        }

        db.SavingChanges += Note;
        object? result;
        try
        {
            result = await next(context);
        }
        finally
        {
            db.SavingChanges -= Note;
        }

        if (saved.Count > 0) await RecomputeAsync(saved);
        return result;
    }

    private async Task RecomputeAsync(IReadOnlyCollection<Guid> articles)
    {
        try
        {
            // Its own scope: the handler's DbContext still tracks the request's entities.
            await using var scope = scopes.CreateAsyncScope();
            // Not the request's token: a client hanging up must not leave the lists half-done.
            await scope.ServiceProvider.GetRequiredService<RelatedPostsCalculator>().RecomputeAsync(articles, lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Recomputing the related articles of {Articles} failed; they are recomputed on the next change.", articles);
        }
    }
}
