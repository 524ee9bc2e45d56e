using ContentApi.Data;
using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>Precomputes related articles so a read is one indexed query: shared tags, text similarity, section and
/// time (weights in <see cref="RelatedCorpus"/>). Use its own scope: it clears the change tracker between articles.</summary>
public sealed class RelatedPostsCalculator(ContentDbContext db, TimeProvider clock, ILogger<RelatedPostsCalculator> logger)
{
    /// <summary>Computed articles kept per article: the most a reader can ask for.</summary>
    public const int ListLength = RelatedQuery.MaxLimit;

    /// <summary>Best matches whose lists are recomputed with a changed article's. Recomputed whole, not patched: scores
    /// from different neighbourhoods are not comparable, and patching measurably hurt precision.</summary>
    public const int NeighboursRefreshed = 10;

    /// <summary>Candidates taken per shared tag and per section, on each side of the article's date.</summary>
    public const int CandidatesPerSignal = 100;

    /// <summary>Latest articles added to every neighbourhood so rarity is judged against the site, not only neighbours
    /// sharing a tag (alone, precision@5 fell from 0.89 to 0.71 on the labelled corpus).</summary>
    public const int Background = 200;

    /// <summary>Tags of one article used to find candidates; the rest still count in the score.</summary>
    private const int TagsSearched = 10;

    private const int BulkBatch = 2_000;

    /// <summary>Recomputes the given articles' lists and merges each into its best matches'. Unpublished articles are
    /// skipped: reads join on published articles, and the list is computed on publishing.</summary>
    public async Task RecomputeAsync(IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken)
    {
        var done = new HashSet<Guid>();
        foreach (var id in articleIds.Distinct())
        {
            var neighbours = await RecomputeOneAsync(id, cancellationToken);
            done.Add(id);
            foreach (var neighbour in neighbours.Take(NeighboursRefreshed).Where(done.Add))
            {
                await RecomputeOneAsync(neighbour, cancellationToken);
            }
        }
    }

    /// <returns>The article's related articles, best first.</returns>
    private async Task<List<Guid>> RecomputeOneAsync(Guid id, CancellationToken cancellationToken)
    {
        var published = db.Articles.AsNoTracking().Published(clock.GetUtcNow().UtcDateTime);
        var self = await Sources(published.Where(a => a.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (self is null) return [];

        // The neighbourhood: articles sharing a tag or the section, nearest in time, and the latest ones.
        var poolIds = await CandidatesAsync(self, published, cancellationToken);
        poolIds.UnionWith(await published.Where(a => a.Id != id).OrderByDescending(a => a.PublishedAt)
            .Select(a => a.Id).Take(Background).ToListAsync(cancellationToken));
        var pool = await Sources(published.Where(a => poolIds.Contains(a.Id))).ToListAsync(cancellationToken);
        var corpus = new RelatedCorpus();
        var me = corpus.Add(self);
        foreach (var source in pool) corpus.Add(source);
        corpus.Build();
        var best = corpus.Best(me, Enumerable.Range(0, corpus.Sources.Count), ListLength);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ReplaceAsync(id, best.Select(m => (corpus.Sources[m.Index].Id, m.Score, m.Reason)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return best.ConvertAll(m => corpus.Sources[m.Index].Id);
    }

    private async Task ReplaceAsync(Guid articleId, IEnumerable<(Guid Related, double Score, RelatedReason Reason)> ranked, CancellationToken cancellationToken)
    {
        // Set-based: the change tracker never sees it, so it says itself that readers' content changes.
        db.ContentWritePending = true;
        await db.ComputedRelatedArticles.Where(c => c.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        db.ComputedRelatedArticles.AddRange(ranked.Take(ListLength).Select((r, rank) => new ComputedRelatedArticle
        {
            ArticleId = articleId, RelatedArticleId = r.Related, Rank = rank, Score = r.Score, Reason = r.Reason,
        }));
    }

    private static async Task<HashSet<Guid>> CandidatesAsync(RelatedSource self, IQueryable<Article> published, CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        var others = published.Where(a => a.Id != self.Id);
        foreach (var tag in self.TagIds.Take(TagsSearched))
        {
            ids.UnionWith(await NearestInTime(others.Where(a => a.Tags.Any(t => t.TagId == tag)), self.PublishedAt, cancellationToken));
        }
        if (self.SectionId is { } section)
        {
            ids.UnionWith(await NearestInTime(others.Where(a => a.SectionId == section), self.PublishedAt, cancellationToken));
        }
        return ids;
    }

    private static async Task<List<Guid>> NearestInTime(IQueryable<Article> articles, DateTime at, CancellationToken cancellationToken)
    {
        var before = await articles.Where(a => a.PublishedAt <= at).OrderByDescending(a => a.PublishedAt)
            .Select(a => a.Id).Take(CandidatesPerSignal).ToListAsync(cancellationToken);
        var after = await articles.Where(a => a.PublishedAt > at).OrderBy(a => a.PublishedAt)
            .Select(a => a.Id).Take(CandidatesPerSignal).ToListAsync(cancellationToken);
        return [.. before, .. after];
    }

    private static IQueryable<RelatedSource> Sources(IQueryable<Article> articles) => articles.Select(a => new RelatedSource(
        a.Id, a.SectionId, a.Tags.Select(t => t.TagId).ToList(), a.PublishedAt!.Value,
        a.Title, a.Standfirst, a.BodyText.Substring(0, RelatedText.BodyChars)));

    /// <summary>Recomputes every published list in one pass (import, seeding, new weights), with candidates from inverted
    /// lists so cost grows with the site, not its square. One transaction: readers see the old lists until it commits.</summary>
    /// <param name="progress">Receives how many articles' lists have been written so far.</param>
    /// <returns>How many articles' lists were computed.</returns>
    public async Task<int> RecomputeAllAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var published = db.Articles.AsNoTracking().Published(clock.GetUtcNow().UtcDateTime);
        var tagsOf = (await (from t in db.ArticleTags.AsNoTracking()
                             join a in published on t.ArticleId equals a.Id
                             select new { t.ArticleId, t.TagId }).ToListAsync(cancellationToken))
            .GroupBy(t => t.ArticleId)
            .ToDictionary(g => g.Key, g => g.Select(t => t.TagId).ToList());

        var corpus = new RelatedCorpus();
        // In date order, so that every inverted list is in date order too and "nearest in time" is a lookup.
        var rows = published.OrderBy(a => a.PublishedAt).ThenBy(a => a.Id).Select(a => new
        {
            a.Id, a.SectionId, PublishedAt = a.PublishedAt!.Value, a.Title, a.Standfirst,
            Body = a.BodyText.Substring(0, RelatedText.BodyChars),
        });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            corpus.Add(new RelatedSource(row.Id, row.SectionId, tagsOf.GetValueOrDefault(row.Id) ?? [], row.PublishedAt, row.Title, row.Standfirst, row.Body));
        }
        corpus.Build();
        corpus.IndexTerms();
        var candidates = new BulkCandidates(corpus);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ContentWritePending = true;
        await db.ComputedRelatedArticles.ExecuteDeleteAsync(cancellationToken);
        var count = corpus.Sources.Count;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var i = 0; i < count; i++)
            {
                var id = corpus.Sources[i].Id;
                var best = corpus.Best(i, candidates.For(i), ListLength);
                db.ComputedRelatedArticles.AddRange(best.Select((m, rank) => new ComputedRelatedArticle
                {
                    ArticleId = id, RelatedArticleId = corpus.Sources[m.Index].Id, Rank = rank, Score = m.Score, Reason = m.Reason,
                }));
                if ((i + 1) % BulkBatch == 0 || i == count - 1)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    progress?.Report(i + 1);
                }
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Recomputed the related articles of {Count} published articles.", count);
        return count;
    }
}
