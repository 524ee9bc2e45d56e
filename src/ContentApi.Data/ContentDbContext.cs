using ContentApi.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContentApi.Data;

/// <summary>The unit of work for every feature. Provider-neutral: migrations live in one assembly per provider.</summary>
public class ContentDbContext(DbContextOptions<ContentDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>The Data Protection key ring (it signs preview tokens), shared by every instance through the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<CuratedRelatedArticle> CuratedRelatedArticles => Set<CuratedRelatedArticle>();
    public DbSet<ComputedRelatedArticle> ComputedRelatedArticles => Set<ComputedRelatedArticle>();
    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();

    /// <summary>Content written that readers will see on commit. Set-based writes (ExecuteUpdate/Delete) set it themselves,
    /// since the change tracker never sees them; whatever watches commits clears it.</summary>
    public bool ContentWritePending { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContentDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is UTC. Providers hand DateTime back as Unspecified; say what it is so JSON ends in "Z".
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored as their names: readable in SQL, and safe to reorder in code.
        configurationBuilder.Properties<ArticleStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ResourceKind>().HaveConversion<string>().HaveMaxLength(16);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        toStore => toStore.Kind == DateTimeKind.Utc ? toStore : toStore.ToUniversalTime(),
        fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));
}
