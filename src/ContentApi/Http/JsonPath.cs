using System.Text.Json;

namespace ContentApi.Http;

public static class JsonPath
{
    /// <summary>"FeaturedImage.Url" → "featuredImage.url", "Authors[0]" → "authors[0]": the names the client sent.</summary>
    public static string FromPropertyPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
