using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Data.Configurations;

internal sealed class CuratedRelatedArticleConfiguration : IEntityTypeConfiguration<CuratedRelatedArticle>
{
    public void Configure(EntityTypeBuilder<CuratedRelatedArticle> curated)
    {
        curated.ToTable("CuratedRelatedArticles");
        curated.HasKey(c => new { c.ArticleId, c.RelatedArticleId });
        // The read walks an article's list in the editor's order.
        curated.HasIndex(c => new { c.ArticleId, c.Position }).IsUnique();
        curated.HasIndex(c => c.RelatedArticleId);
        // Deleting either article removes the pairing: a related list never points at nothing.
        curated.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        curated.HasOne<Article>().WithMany().HasForeignKey(c => c.RelatedArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComputedRelatedArticleConfiguration : IEntityTypeConfiguration<ComputedRelatedArticle>
{
    public void Configure(EntityTypeBuilder<ComputedRelatedArticle> computed)
    {
        computed.ToTable("ComputedRelatedArticles");
        computed.HasKey(c => new { c.ArticleId, c.RelatedArticleId });
        computed.HasIndex(c => new { c.ArticleId, c.Rank });
        computed.HasIndex(c => c.RelatedArticleId);
        computed.Property(c => c.Reason).HasConversion<string>().HasMaxLength(16);
        computed.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        computed.HasOne<Article>().WithMany().HasForeignKey(c => c.RelatedArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
