using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Data.Configurations;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section)
    {
        section.HasIndex(s => s.Slug).IsUnique();
        section.Property(s => s.Slug).HasMaxLength(ContentLimits.SlugLength);
        section.Property(s => s.Name).HasMaxLength(ContentLimits.NameLength);
        section.Property(s => s.Description).HasMaxLength(ContentLimits.DescriptionLength);
        section.Property(s => s.Version).IsConcurrencyToken();
        section.HasOne(s => s.Parent).WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
        section.HasIndex(s => new { s.CreatedAt, s.Id });
    }
}

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> author)
    {
        author.HasIndex(a => a.Slug).IsUnique();
        author.Property(a => a.Slug).HasMaxLength(ContentLimits.SlugLength);
        author.Property(a => a.Name).HasMaxLength(ContentLimits.NameLength);
        author.Property(a => a.Bio).HasMaxLength(ContentLimits.DescriptionLength);
        author.Property(a => a.AvatarUrl).HasMaxLength(ContentLimits.UrlLength);
        author.Property(a => a.Email).HasMaxLength(ContentLimits.EmailLength);
        author.Property(a => a.Website).HasMaxLength(ContentLimits.UrlLength);
        author.Property(a => a.X).HasMaxLength(ContentLimits.UrlLength);
        author.Property(a => a.Facebook).HasMaxLength(ContentLimits.UrlLength);
        author.Property(a => a.Instagram).HasMaxLength(ContentLimits.UrlLength);
        author.Property(a => a.LinkedIn).HasMaxLength(ContentLimits.UrlLength);
        author.Property(a => a.Bluesky).HasMaxLength(ContentLimits.UrlLength);
        author.Property(a => a.Version).IsConcurrencyToken();
        author.HasIndex(a => new { a.CreatedAt, a.Id });
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.HasIndex(t => t.Slug).IsUnique();
        tag.Property(t => t.Slug).HasMaxLength(ContentLimits.SlugLength);
        tag.Property(t => t.Name).HasMaxLength(ContentLimits.NameLength);
        tag.Property(t => t.Description).HasMaxLength(ContentLimits.DescriptionLength);
        tag.Property(t => t.Version).IsConcurrencyToken();
        tag.HasIndex(t => new { t.CreatedAt, t.Id });
    }
}

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> redirect)
    {
        redirect.Property(r => r.OldSlug).HasMaxLength(ContentLimits.SlugLength);
        redirect.HasIndex(r => new { r.Kind, r.OldSlug }).IsUnique();
    }
}
