namespace ContentApi.Data.Entities;

/// <summary>An editor's choice of related article, in the order the editor set.</summary>
public class CuratedRelatedArticle
{
    public Guid ArticleId { get; set; }
    public Guid RelatedArticleId { get; set; }
    public int Position { get; set; }
}

/// <summary>A computed related article, precomputed when the article is published or changed so that a read is one
/// indexed query. Rank 0 is the best.</summary>
public class ComputedRelatedArticle
{
    public Guid ArticleId { get; set; }
    public Guid RelatedArticleId { get; set; }
    public int Rank { get; set; }
    public double Score { get; set; }
    public RelatedReason Reason { get; set; }
}

/// <summary>Why an article is related: the editor chose it, or the signal that contributed most to its score.</summary>
public enum RelatedReason
{
    Curated,
    SharedTags,
    SameSection,
    SimilarText,
}
