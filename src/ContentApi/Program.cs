using ContentApi;
using ContentApi.Database;

var builder = WebApplication.CreateBuilder(args);

builder.AddContentData();
builder.Services.AddContentApi(builder.Configuration);

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseContentApi();
app.MapContentApi();

app.Run();
