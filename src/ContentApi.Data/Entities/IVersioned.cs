namespace ContentApi.Data.Entities;

/// <summary>A resource with an optimistic-concurrency version and audit times. The DbContext bumps
/// <see cref="Version"/> and <see cref="UpdatedAt"/> on every save, because SQLite has no rowversion.</summary>
public interface IVersioned
{
    long Version { get; set; }
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
}
