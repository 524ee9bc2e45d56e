using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Data.Configurations;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        // No relationship to Article: revisions outlive the article they describe.
        revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        revision.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
        revision.Property(r => r.KeyName).HasMaxLength(ContentLimits.NameLength);
        revision.Property(r => r.KeyId).HasMaxLength(ContentLimits.NameLength);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        // The unique index is what makes two concurrent requests with one key race safely: one reserves it.
        record.HasIndex(r => new { r.Scope, r.Key }).IsUnique();
        record.HasIndex(r => r.CreatedAt);
        record.Property(r => r.Scope).HasMaxLength(2_400);
        record.Property(r => r.Key).HasMaxLength(ContentLimits.IdempotencyKeyLength);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.Property(r => r.ContentType).HasMaxLength(200);
        record.Property(r => r.Location).HasMaxLength(ContentLimits.UrlLength);
        record.Property(r => r.ETag).HasMaxLength(100);
    }
}
