using ContentApi.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// One SQLite database per test run that the real migrations create; each test's database is a file copy of it,
/// so a test pays for a copy (well under a millisecond) instead of fifteen migrations.
/// </summary>
public static class TemplateDatabase
{
    private const string SqliteMigrationsAssembly = "ContentApi.Migrations.Sqlite";

    /// <summary>
    /// Where test databases live: memory (/dev/shm) where there is one, because the app syncs every commit to
    /// disk (synchronous=FULL) and on a shared disk those waits were most of a write-heavy test's time.
    /// The durability tests keep their files on disk. CONTENTAPI_TEST_DATA overrides this.
    /// </summary>
    public static string Directory { get; } =
        Environment.GetEnvironmentVariable("CONTENTAPI_TEST_DATA") is { Length: > 0 } configured ? configured
        : OperatingSystem.IsLinux() && System.IO.Directory.Exists("/dev/shm") ? "/dev/shm"
        : Path.GetTempPath();

    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Writes a migrated, empty database at <paramref name="path"/>.</summary>
    public static void CopyTo(string path) => File.Copy(Template.Value, path);

    private static string Create()
    {
        var path = Path.Combine(Directory, $"contentapi-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        // No pooling, so that the file is closed (and complete) once the context is disposed.
        var options = new DbContextOptionsBuilder<ContentDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString(),
                sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
            .Options;
        using (var db = new ContentDbContext(options))
        {
            db.Database.Migrate();
            // The app switches its copy to WAL; the template keeps a rollback journal, so the one file is the whole database.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=DELETE;");
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }
}
