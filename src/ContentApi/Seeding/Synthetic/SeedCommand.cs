using System.Globalization;
using ContentApi.Data;
using ContentApi.Database;
using ContentApi.Related;
using ContentApi.Rendering;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Seeding.Synthetic;

/// <summary><c>seed --articles 100000 [--seed 42] [--db path.db] [--authors 400] [--tags 600] [--years 8]</c>:
/// migrates the database (without the sample content) and fills it with synthetic articles.</summary>
public static class SeedCommand
{
    public const string Name = "seed";

    public const string Usage = "Usage: seed --articles <n> [--seed <n>] [--db <path>] [--authors <n>] [--tags <n>] [--years <n>] [--no-related]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // Related lists take minutes per 100k articles; a load test of other reads can skip them.
        var related = !args.Contains("--no-related");
        args = [.. args.Where(a => a != "--no-related")];
        var (options, db, rest, problem) = Parse(args);
        if (problem is not null)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder(rest);
        if (db is not null) builder.Configuration[$"ConnectionStrings:{DatabaseSetup.ConnectionStringName}"] = $"Data Source={db}";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddContentData();
        // Its writes bump the content generation like any other, which evicts through an output cache store.
        builder.Services.AddOutputCache();
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<SyntheticSeeder>();
        builder.Services.AddScoped<RelatedPostsCalculator>();
        await using var app = builder.Build();

        string connectionString;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            await scope.ServiceProvider.GetRequiredService<IDatabaseProvider>().MigrateAsync(context, CancellationToken.None);
            connectionString = context.Database.GetConnectionString()!;
        }

        await output.WriteLineAsync($"Seeding {options!.Articles:N0} articles (seed {options.Seed}) into {connectionString}");
        try
        {
            await app.Services.GetRequiredService<SyntheticSeeder>().SeedAsync(connectionString, options, output, CancellationToken.None);
            if (related) await ComputeRelatedPostsAsync(app.Services, output);
            return 0;
        }
        catch (InvalidOperationException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    /// <summary>Seeded articles skip the write path, so their related lists are computed here, in one pass over the site.</summary>
    private static async Task ComputeRelatedPostsAsync(IServiceProvider services, TextWriter output)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var progress = new Progress<int>(done =>
        {
            if (done % 10_000 == 0) output.WriteLine($"  related posts: {done:N0} articles ({watch.Elapsed.TotalSeconds:N0} s)");
        });
        var computed = await scope.ServiceProvider.GetRequiredService<RelatedPostsCalculator>().RecomputeAllAsync(progress, CancellationToken.None);
        await output.WriteLineAsync($"Computed related posts for {computed:N0} published articles in {watch.Elapsed.TotalSeconds:N1} s.");
    }

    private static (SyntheticOptions? Options, string? Db, string[] Remaining, string? Problem) Parse(string[] args)
    {
        var numbers = new Dictionary<string, int> { ["--seed"] = 42, ["--authors"] = 400, ["--tags"] = 600, ["--years"] = 8 };
        int? articles = null;
        string? db = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--db" or "--articles" || numbers.ContainsKey(name))
            {
                if (i + 1 >= args.Length) return (null, null, [], $"{name} needs a value.");
                var value = args[++i];
                if (name == "--db")
                {
                    db = value;
                    continue;
                }
                if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < 1)
                {
                    return (null, null, [], $"{name} must be a positive whole number, not '{value}'.");
                }
                if (name == "--articles") articles = number;
                else numbers[name] = number;
            }
            else
            {
                rest.Add(name); // configuration overrides, e.g. --ConnectionStrings:Content=...
            }
        }

        if (articles is null) return (null, null, [], "--articles is required.");
        return (new SyntheticOptions(articles.Value, numbers["--seed"], numbers["--authors"], numbers["--tags"], numbers["--years"]), db, rest.ToArray(), null);
    }
}
