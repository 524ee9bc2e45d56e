using ContentApi;
using ContentApi.Commands;
using ContentApi.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddContentData();
builder.Services.AddContentApi(builder.Configuration);

var app = builder.Build();

// `dotnet run -- keys create --role admin`, `-- seed --articles 100000` and the like run a command and exit instead of serving.
if (await app.RunCommandAsync(args) is { } exitCode) return exitCode;

await app.PrepareDatabaseAsync();
app.UseContentApi();
app.MapContentApi();

app.Run();
return 0;
