using ContentApi.Auth;
using ContentApi.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The real app over a private SQLite file that the real migrations create. Each test class instance
/// (so each test) gets its own database; nothing is shared between tests.
/// Keys are made here, per factory, and go through the real authentication pipeline.
/// </summary>
public sealed class ContentApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The SQLite file; set it to open a database made beforehand (by the CLI, say).</summary>
    public string DatabasePath { get; init; } = NewDatabasePath();

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"contentapi-test-{Guid.NewGuid():N}.db");

    public string EditorKey { get; } = $"test-editor-{Guid.NewGuid():N}";
    public string PreviewKey { get; } = $"test-preview-{Guid.NewGuid():N}";
    public string AdminKey { get; } = $"test-admin-{Guid.NewGuid():N}";

    /// <summary>Seed the sample content on start-up, as a fresh install does.</summary>
    public bool SeedSampleContent { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Content", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:SampleContent", SeedSampleContent ? "true" : "false");
        builder.UseSetting("Database:MigrateOnStart", "true");
        var keys = new[] { ("editor", EditorKey), ("preview", PreviewKey), ("admin", AdminKey) };
        for (var i = 0; i < keys.Length; i++)
        {
            builder.UseSetting($"Auth:Keys:{i}:Name", $"test {keys[i].Item1}");
            builder.UseSetting($"Auth:Keys:{i}:Role", keys[i].Item1);
            builder.UseSetting($"Auth:Keys:{i}:Sha256", ConfiguredApiKeyStore.Hash(keys[i].Item2));
        }
    }

    public HttpClient CreateClient(string? key)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    public HttpClient Anonymous() => CreateClient((string?)null);

    public HttpClient Editor() => CreateClient(EditorKey);

    public HttpClient Preview() => CreateClient(PreviewKey);

    public HttpClient Admin() => CreateClient(AdminKey);

    /// <summary>A DbContext on the test's database, for arranging what the API cannot (yet) do and for asserting what it stored.</summary>
    public ContentDbContext CreateDbContext()
    {
        var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ContentDbContext>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
