using ContentApi.Caching;
using ContentApi.Auth;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Infrastructure;

/// <summary>
/// One app per test class (an <see cref="IClassFixture{TFixture}"/>), with a fresh database per test: starting
/// an app costs far more than most tests do, a file copy costs well under a millisecond. Each test takes
/// <c>Factory = app.Fresh()</c> in its constructor; tests in a class run one at a time, so nothing else uses the
/// database while it is replaced. Background services are off (nothing may hold a connection across a reset) and
/// the rate limits are raised (a class shares the editor key); classes that need either keep their own app.
/// A class whose app needs other settings declares a fixture of its own: <c>class WideApp() : SharedApp(settings)</c>.
/// </summary>
public class SharedApp : IDisposable
{
    private readonly TestClock clock = new();

    private readonly ContentApiFactory factory;

    public SharedApp() : this([])
    {
    }

    protected SharedApp(Dictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    {
        factory = new()
        {
            Clock = clock,
            ConfigureServices = configureServices,
            RunBackgroundServices = false,
            Settings =
            {
                ["RateLimiting:Writes:PermitLimit"] = "1000000",
                ["RateLimiting:Search:PermitLimit"] = "1000000",
                ["RateLimiting:Reads:PermitLimit"] = "1000000",
            },
        };
        foreach (var (key, value) in settings) factory.Settings[key] = value;
    }

    private bool used;

    /// <summary>The app over an empty database (a copy of the template), with nothing cached from an earlier test, on the system clock.</summary>
    public ContentApiFactory Fresh() => Fresh(TimeProvider.System);

    /// <summary>As <see cref="Fresh()"/>, with the app's clock set to the test's own (a FakeTimeProvider cannot go back to the start).</summary>
    public ContentApiFactory Fresh(TimeProvider testClock)
    {
        clock.Current = testClock;
        var services = factory.Services; // starts the app on its first use
        if (!used)
        {
            used = true; // the app's own copy of the template is fresh already
            return factory;
        }

        // Off the test's thread: xunit's synchronization context must not be blocked on the app's tasks.
        Task.Run(async () =>
        {
            // The key usage recorder writes after a request has returned: let it finish before the file goes.
            await services.GetRequiredService<ApiKeyUsageRecorder>().WhenIdleAsync();

            // Only this app's pool: other classes' apps run in parallel with theirs.
            using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath}")) SqliteConnection.ClearPool(connection);
            foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(factory.DatabasePath + suffix);
            // A new file moved over the old one: a connection that somehow survived would keep the old inode, not corrupt this one.
            var copy = factory.DatabasePath + ".next";
            TemplateDatabase.CopyTo(copy);
            File.Move(copy, factory.DatabasePath, overwrite: true);

            // Evicts the output cache and moves the read memos (totals, slug lookups) to a generation no entry has.
            await services.GetRequiredService<IContentGeneration>().BumpAsync(CancellationToken.None);
        }).GetAwaiter().GetResult();
        return factory;
    }

    public void Dispose() => factory.Dispose();
}

/// <summary>
/// The shared app's clock: whichever clock the current test set. Nothing in a shared app keeps a timer across
/// tests (background services are off), so switching clocks between tests is safe.
/// </summary>
internal sealed class TestClock : TimeProvider
{
    public TimeProvider Current { get; set; } = System;

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override long GetTimestamp() => Current.GetTimestamp();

    public override long TimestampFrequency => Current.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Current.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);
}
