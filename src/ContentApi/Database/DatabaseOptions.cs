namespace ContentApi.Database;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";

    /// <summary>The providers this build can run on.</summary>
    public static readonly IReadOnlyList<string> Providers = [Sqlite];

    public static readonly string ProviderError =
        $"{Section}:Provider must be one of: {string.Join(", ", Providers)}. Other databases are not supported yet.";

    /// <summary>Which database the connection string <c>ConnectionStrings:Content</c> points at.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Migrate on start: always in Development, elsewhere only when set, so a deployment changes its schema when
    /// its operator says so (<c>migrate</c>), not whenever an instance starts.</summary>
    public bool MigrateOnStart { get; set; }

    public bool HasKnownProvider => Providers.Contains(Provider, StringComparer.OrdinalIgnoreCase);
}
