using ContentApi.Articles;
using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Idempotency;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// The real app over a private SQLite file, copied from a database the real migrations made once per run
/// (<see cref="TemplateDatabase"/>). Each factory has its own database; nothing is shared between factories.
/// Keys are made here, per factory, and go through the real authentication pipeline.
/// What differs between tests is an option here, set before the host starts, so that there is one host per database.
/// </summary>
public sealed class ContentApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The SQLite file; set it to open a database made beforehand (by the CLI, say). A missing file starts as a copy of the template.</summary>
    public string DatabasePath { get; init; } = NewDatabasePath();

    public static string NewDatabasePath() => Path.Combine(TemplateDatabase.Directory, $"contentapi-test-{Guid.NewGuid():N}.db");

    public string EditorKey { get; } = $"test-editor-{Guid.NewGuid():N}";
    public string PreviewKey { get; } = $"test-preview-{Guid.NewGuid():N}";
    public string AdminKey { get; } = $"test-admin-{Guid.NewGuid():N}";

    /// <summary>Start on an empty, unmigrated file instead of a copy of the template (to test who migrates).</summary>
    public bool StartEmpty { get; init; }

    /// <summary>"Testing" unless a test checks how another environment starts ("Production").</summary>
    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Configure the editor, preview and admin keys above; off, the app starts with no configured key.</summary>
    public bool ConfigureTestKeys { get; init; } = true;

    /// <summary>Seed the sample content on start-up, as a fresh install does.</summary>
    public bool SeedSampleContent { get; init; }

    /// <summary>The app's clock: the system's unless a test controls time (a FakeTimeProvider).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>
    /// Whether the app's own background services (the scheduled publisher, the idempotency cleanup) run.
    /// Off, publishing happens only when a test calls it.
    /// </summary>
    public bool RunBackgroundServices { get; init; } = true;

    /// <summary>Configuration on top of the test defaults ("RateLimiting:Reads:PermitLimit" = "2").</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Changes to the app's services, applied after the app's own registrations.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // A copy of the template is migrated already; a file made otherwise (by the CLI, say) is migrated as usual.
        var copied = !StartEmpty && !File.Exists(DatabasePath);
        if (copied) TemplateDatabase.CopyTo(DatabasePath);

        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Content", $"Data Source={DatabasePath}");
        builder.UseSetting("Seed:SampleContent", SeedSampleContent ? "true" : "false");
        builder.UseSetting("Database:MigrateOnStart", copied ? "false" : "true");
        var keys = ConfigureTestKeys ? new[] { ("editor", EditorKey), ("preview", PreviewKey), ("admin", AdminKey) } : [];
        for (var i = 0; i < keys.Length; i++)
        {
            builder.UseSetting($"Auth:Keys:{i}:Name", $"test {keys[i].Item1}");
            builder.UseSetting($"Auth:Keys:{i}:Role", keys[i].Item1);
            builder.UseSetting($"Auth:Keys:{i}:Sha256", ConfiguredApiKeyStore.Hash(keys[i].Item2));
        }
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);

        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null) services.AddSingleton(Clock);
            if (!RunBackgroundServices)
            {
                var background = services.Where(d => d.ServiceType == typeof(IHostedService)
                    && (d.ImplementationType == typeof(ScheduledPublisher) || d.ImplementationType == typeof(IdempotencyCleanup))).ToList();
                foreach (var service in background) services.Remove(service);
            }
            ConfigureServices?.Invoke(services);
        });
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
