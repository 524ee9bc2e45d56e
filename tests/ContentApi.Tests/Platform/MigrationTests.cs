using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Platform;

public sealed class MigrationTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    // These tests only read (or are refused before writing), so the class shares one app and database.
    private ContentApiFactory Factory => factory;

    [Fact]
    public void Sqlite_model_has_no_changes_without_a_migration()
    {
        using var db = Factory.CreateDbContext();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a migration: run dotnet ef migrations add <Name> --project migrations/ContentApi.Migrations.Sqlite --startup-project src/ContentApi");
    }

    [Fact]
    public async Task Start_up_applies_every_migration()
    {
        using var db = Factory.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }
}
