using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ContentApi.Auth;

namespace ContentApi.Tests.Durability;

/// <summary>
/// The real server as a child process (the ContentApi.dll built next to the tests), on a free port, a
/// given SQLite file and one editor key, so that a test can kill it as hard as a crash would.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private ServerProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<ServerProcess> StartAsync(string databasePath, string editorKey)
    {
        var directory = AppContext.BaseDirectory;
        var dll = Path.Combine(directory, "ContentApi.dll");
        if (!File.Exists(Path.Combine(directory, "ContentApi.runtimeconfig.json")))
        {
            throw new InvalidOperationException($"{dll} cannot be run: its runtimeconfig.json was not copied next to the tests.");
        }

        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            dll,
            "--urls", url.ToString(),
            $"--ConnectionStrings:Content=Data Source={databasePath}",
            "--Seed:SampleContent=false",
            "--Database:MigrateOnStart=true",
            "--Auth:Keys:0:Name=durability test",
            "--Auth:Keys:0:Role=editor",
            $"--Auth:Keys:0:Sha256={ConfiguredApiKeyStore.Hash(editorKey)}",
        })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var server = new ServerProcess(new Process { StartInfo = start }, url);
        server.process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        await server.WaitUntilLiveAsync();
        return server;
    }

    public HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flush, no disposal — as a crash or an OOM kill.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        // Generous: a guard against a server that never comes up, not a measure of start-up time.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) break;
            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }

        Dispose();
        throw new InvalidOperationException($"The server did not start. Its output:\n{string.Join('\n', Output())}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (output) output.Add(line);
    }

    private string[] Output()
    {
        lock (output) return [.. output.TakeLast(50)];
    }

    /// <summary>The dotnet host running these tests, so that the server runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
