using ContentApi;
using ContentApi.Commands;
using ContentApi.Database;

if (await CommandLine.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);

builder.AddContentData();
builder.Services.AddContentApi();

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseContentApi();
app.MapContentApi();

app.Run();
return 0;
