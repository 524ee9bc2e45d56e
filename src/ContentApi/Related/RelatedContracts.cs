using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ContentApi.Data.Entities;
using ContentApi.Http;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Related;

/// <summary>An article related to another: what a "Related Posts" teaser needs, and why it is there.</summary>
/// <param name="Url">The article's API URL, by slug.</param>
/// <param name="Reason">curated (chosen by an editor), or the signal that contributed most: sharedTags, sameSection or similarText.</param>
/// <param name="Score">Relatedness from 0 to 1 (curated articles are 1): shared tags weighted by rarity, text similarity, same section and
/// closeness in time.</param>
public sealed record RelatedArticle(
    Guid Id,
    string Slug,
    string Title,
    string? Standfirst,
    ResourceRef? Section,
    DateTime? PublishedAt,
    string Url,
    RelatedReason Reason,
    double Score);

/// <summary>An article's related articles: the editors' choice first, in their order, then the computed ones, best first.</summary>
public sealed record RelatedArticlesResponse(IReadOnlyList<RelatedArticle> Items);

/// <summary>The body of SetRelatedArticles.</summary>
/// <param name="Articles">Ids or slugs of the related articles, in the order to show them (at most 20). An empty list clears the editors' choice.</param>
public sealed record SetRelatedArticlesRequest(IReadOnlyList<string>? Articles);

public sealed record RelatedQuery
{
    public const int DefaultLimit = 5;
    public const int MaxLimit = 20;

    [FromQuery(Name = "limit")]
    [Description("How many related articles, 1 to 20.")]
    [Range(1, MaxLimit), DefaultValue(DefaultLimit)]
    public int? Limit { get; init; }
}
