namespace ContentApi.Data.Entities;

/// <summary>A resource addressable by its UUIDv7 id or by its unique slug.</summary>
public interface ISlugged
{
    Guid Id { get; }
    string Slug { get; set; }
}
