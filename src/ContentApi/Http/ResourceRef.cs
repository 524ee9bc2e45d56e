namespace ContentApi.Http;

/// <summary>How a response embeds a related resource: enough to show and link it.</summary>
public sealed record ResourceRef(Guid Id, string Slug, string Name);
