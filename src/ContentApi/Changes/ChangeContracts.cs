using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ContentApi.Data.Entities;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Changes;

/// <summary>Where to resume the feed, and how much to read.</summary>
public sealed record ChangesQuery
{
    [FromQuery(Name = "since")]
    [Description("Return the changes after this sequence number: 0 (the default) for the whole log, else the nextSince of the previous page.")]
    [Range(typeof(long), "0", "9223372036854775807"), DefaultValue(0L)]
    public long? Since { get; init; }

    [FromQuery(Name = "limit")]
    [Description("Changes per page, 1 to 100.")]
    [Range(1, ChangesLimits.Max), DefaultValue(ChangesLimits.Max)]
    public int? Limit { get; init; }
}

public static class ChangesLimits
{
    /// <summary>A mirror reads the feed in bulk: the largest page the list contract allows is the default.</summary>
    public const int Max = 100;
}

/// <param name="Sequence">The change's position in the feed: strictly increasing, never reused.</param>
/// <param name="Kind">article, section, author or tag.</param>
/// <param name="Id">The resource's id: mirror by id, as slugs can change.</param>
/// <param name="Slug">The resource's slug when the change was made.</param>
/// <param name="Operation">upsert: fetch href and store it; removal: delete it from the mirror.</param>
/// <param name="Reason">Why: created, updated, renamed, published, scheduled, unpublished, archived, deleted, or referenceChanged (a
/// section, author or tag the article embeds changed).</param>
/// <param name="OccurredAt">When the change was committed (UTC).</param>
/// <param name="Href">The resource's URL.</param>
public sealed record ChangeItem(
    long Sequence, ResourceKind Kind, Guid Id, string Slug, ChangeOperation Operation, ChangeReason Reason, DateTime OccurredAt, string Href);

/// <param name="Limit">The page size used.</param>
/// <param name="Since">The since this page was read from.</param>
/// <param name="NextSince">Pass as since to read on: the last sequence on this page, or since again when the page is empty. Always
/// present, so a client polls with it.</param>
/// <param name="HasMore">Whether more changes are already waiting after nextSince.</param>
public sealed record ChangesPageInfo(int Limit, long Since, long NextSince, bool HasMore);

public sealed record ChangesPage(IReadOnlyList<ChangeItem> Items, ChangesPageInfo Page);
