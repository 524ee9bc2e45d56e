using ContentApi.Data.Entities;

namespace ContentApi.Articles;

/// <summary>
/// The status rules: publishing stamps publishedAt (unless the editor back-dated it) and, once only,
/// firstPublishedAt; scheduling keeps the article hidden until scheduledAt.
/// </summary>
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
