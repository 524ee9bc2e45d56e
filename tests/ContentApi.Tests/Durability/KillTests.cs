using System.Collections.Concurrent;
using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ContentApi.Tests.Durability;

/// <summary>
/// "Nothing lost": the real server is killed (SIGKILL) while clients are writing, then restarted on the
/// same SQLite file. Every write it acknowledged with a 201 must be there, whole, and the file intact.
/// </summary>
public sealed class KillTests : IDisposable
{
    private const int Writers = 4;
    private const int AcknowledgedBeforeKill = 50;

    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"contentapi-kill-{Guid.NewGuid():N}.db");
    private readonly string key = $"kill-test-{Guid.NewGuid():N}";

    [Fact]
    public async Task Every_acknowledged_write_survives_the_server_being_killed_mid_stream()
    {
        var acknowledged = new ConcurrentDictionary<string, (string Title, string Body)>();
        using (var server = await ServerProcess.StartAsync(databasePath, key))
        {
            using var enough = new SemaphoreSlim(0);
            var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                using var client = server.Client(key);
                for (var i = 0; ; i++)
                {
                    var title = $"Durable {writer}-{i}";
                    var body = $"Paragraph {i} by writer {writer}.\n\n## Part two\n\nMore text {Guid.NewGuid()}.";
                    HttpResponseMessage response;
                    try
                    {
                        response = await client.PostJson("/api/v1/articles", new { title, body });
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        return; // The server is gone; this request's outcome is unknown, so it is not counted.
                    }

                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                    var id = (await response.Body())["id"]!.GetValue<string>();
                    acknowledged[id] = (title, body);
                    if (acknowledged.Count == AcknowledgedBeforeKill) enough.Release();
                }
            })).ToArray();

            var all = Task.WhenAll(writers);
            // A writer that fails (a non-201) ends the stream early; awaiting it then reports why.
            await Task.WhenAny(enough.WaitAsync(), all);
            server.Kill();
            await all;
        }

        Assert.Equal("ok", IntegrityCheck());
        using (var restarted = await ServerProcess.StartAsync(databasePath, key))
        {
            using var client = restarted.Client(key);
            foreach (var (id, (title, body)) in acknowledged)
            {
                var article = await (await client.GetAsync($"/api/v1/articles/{id}")).ExpectJson(HttpStatusCode.OK);
                Assert.Equal(title, article.Str("title"));
                Assert.Equal(body, article.Str("body"));
                Assert.Single(article["outline"]!.AsArray());
            }
        }
    }

    private string IntegrityCheck()
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
    }
}
