using System.Text.Json;

namespace ContentApi.Revisions;

/// <summary>How revision content is stored: the API's own JSON conventions, so that it reads back as it was sent.</summary>
internal static class RevisionJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ContentApiSetup.ConfigureJson(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(ArticleRevisionContent content) => JsonSerializer.Serialize(content, Options);

    public static ArticleRevisionContent Deserialize(string json) =>
        JsonSerializer.Deserialize<ArticleRevisionContent>(json, Options) ?? throw new InvalidOperationException("A revision has no content.");
}
