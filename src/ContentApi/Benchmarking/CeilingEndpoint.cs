using System.Text.Json;
using ContentApi.Articles;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Benchmarking;

/// <summary>GET /bench/ceiling, load test only (<c>Benchmark:Ceiling=true</c>, not documented): one article's JSON as
/// fixed bytes through the same pipeline, so what a read costs beyond it is the database and EF.</summary>
public static class CeilingEndpoint
{
    public static WebApplication MapBenchmarkCeiling(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Benchmark:Ceiling", false)) return app;

        var payload = new Lazy<Task<byte[]>>(() => RenderAsync(app.Services));
        app.MapGet("/bench/ceiling", async () => TypedResults.Bytes(await payload.Value, "application/json"))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<byte[]> RenderAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var article = await db.Articles.AsNoTracking().Published(now)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(ArticleProjections.ToResponse())
            .FirstOrDefaultAsync();
        if (article is not null) article = await ArticleBylines.FillAsync(db, article, CancellationToken.None);
        var json = scope.ServiceProvider.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return article is null ? "{}"u8.ToArray() : JsonSerializer.SerializeToUtf8Bytes(article, json);
    }
}
