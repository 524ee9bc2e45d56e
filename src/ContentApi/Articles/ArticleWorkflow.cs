using ContentApi.Data.Entities;

namespace ContentApi.Articles;

/// <summary>The status rules: publishing stamps publishedAt (unless the editor back-dated it) and, once only,
/// firstPublishedAt; scheduling keeps the article hidden until scheduledAt.</summary>
public static class ArticleWorkflow
{
    public static void Apply(Article article, ArticleStatus status, DateTime? publishedAt, DateTime? scheduledAt, DateTime now)
    {
        article.Status = status;
        article.ScheduledAt = status == ArticleStatus.Scheduled ? scheduledAt : null;
        switch (status)
        {
            case ArticleStatus.Published:
                article.PublishedAt = publishedAt ?? article.PublishedAt ?? now;
                article.FirstPublishedAt ??= article.PublishedAt < now ? article.PublishedAt : now;
                break;
            default:
                article.PublishedAt = publishedAt;
                break;
        }
    }
}

/// <summary>Publish, unpublish, schedule, archive. A move that would do nothing is a 409, not a silent success,
/// so a client retrying a stale screen hears that someone else already acted.</summary>
public static class ArticleActions
{
    public static string? Publish(Article article, DateTime? publishedAt, DateTime now)
    {
        if (article.Status == ArticleStatus.Published) return "The article is already published.";

        // A date kept from an earlier publication or import is honoured; a future one is not (that is /schedule).
        var kept = article.PublishedAt <= now ? article.PublishedAt : null;
        ArticleWorkflow.Apply(article, ArticleStatus.Published, publishedAt ?? kept ?? now, scheduledAt: null, now);
        return null;
    }

    public static string? Unpublish(Article article)
    {
        if (article.Status is not (ArticleStatus.Published or ArticleStatus.Scheduled))
        {
            return $"The article is {Name(article.Status)}: only a published or scheduled article can be unpublished.";
        }

        // publishedAt stays, as in Ghost and WordPress: republishing restores the article with its date.
        article.Status = ArticleStatus.Draft;
        article.ScheduledAt = null;
        return null;
    }

    public static string? Schedule(Article article, DateTime scheduledAt)
    {
        if (article.Status == ArticleStatus.Published)
        {
            return "The article is published: unpublish it first, so that it is not taken offline by surprise.";
        }

        article.Status = ArticleStatus.Scheduled;
        article.ScheduledAt = scheduledAt;
        return null;
    }

    public static string? Archive(Article article)
    {
        if (article.Status == ArticleStatus.Archived) return "The article is already archived.";

        // Dates stay: an archived article is restored by publishing it again, under its original date.
        article.Status = ArticleStatus.Archived;
        article.ScheduledAt = null;
        return null;
    }

    private static string Name(ArticleStatus status) => status.ToString().ToLowerInvariant();
}
