using ContentApi.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Data.Configurations;

internal sealed class ContentChangeConfiguration : IEntityTypeConfiguration<ContentChange>
{
    public void Configure(EntityTypeBuilder<ContentChange> change)
    {
        // INTEGER PRIMARY KEY AUTOINCREMENT on SQLite: never reused, even after deletes, so a cursor
        // handed to a client can never come to mean another change. Reading "after N" is a rowid seek.
        change.HasKey(c => c.Sequence);
        change.Property(c => c.Sequence).ValueGeneratedOnAdd();
        change.Property(c => c.Slug).HasMaxLength(ContentLimits.SlugLength);
        change.Property(c => c.Operation).HasConversion<string>().HasMaxLength(16);
        change.Property(c => c.PublicOperation).HasConversion<string>().HasMaxLength(16);
        change.Property(c => c.Reason).HasConversion<string>().HasMaxLength(24);
        change.ToTable("ContentChanges");
    }
}
