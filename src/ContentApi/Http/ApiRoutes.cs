namespace ContentApi.Http;

public static class ApiRoutes
{
    /// <summary>The prefix of every API route; the version lives in the path so that a v2 can sit beside v1.</summary>
    public const string Prefix = "/api/v1";
}
