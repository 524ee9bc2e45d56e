using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.Property(k => k.Name).HasMaxLength(ContentLimits.NameLength);
        key.Property(k => k.Role).HasMaxLength(16);
        key.Property(k => k.Prefix).HasMaxLength(16);
        key.Property(k => k.Sha256).HasMaxLength(64);
        // Authentication looks a presented key up by its hash: one index seek.
        key.HasIndex(k => k.Sha256).IsUnique();
        key.HasIndex(k => new { k.CreatedAt, k.Id });
    }
}
