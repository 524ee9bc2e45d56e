using System.Net;
using ContentApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Hardening;

/// <summary>Issue #13, item 1: no section becomes its own ancestor, even when two editors race, and every tree walk
/// stops on a cycle that bad data already holds.</summary>
public sealed class SectionCycleTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task Two_editors_nesting_two_sections_under_each_other_at_once_cannot_both_succeed()
    {
        for (var round = 0; round < 12; round++)
        {
            var a = await Factory.CreateSection($"Race A {round}");
            var b = await Factory.CreateSection($"Race B {round}");
            var (aSlug, bSlug) = (a.Str("slug"), b.Str("slug"));

            var responses = await Task.WhenAll(
                Factory.Editor().PatchJson($"{Api}/sections/{aSlug}", new { parent = bSlug }, "\"1\""),
                Factory.Editor().PatchJson($"{Api}/sections/{bSlug}", new { parent = aSlug }, "\"1\""));

            var statuses = responses.Select(r => r.StatusCode).OrderBy(s => s).ToArray();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.BadRequest], statuses);
        }
    }

    [Fact]
    public async Task A_cycle_already_in_the_data_does_not_hang_reads_or_writes()
    {
        var a = await Factory.CreateSection("Loop A");
        var b = await Factory.CreateSection("Loop B");
        await Factory.CreateArticle("Inside the loop", section: b.Str("slug"));
        await using (var db = Factory.CreateDbContext())
        {
            var ids = new[] { Guid.Parse(a.Str("id")), Guid.Parse(b.Str("id")) };
            var sections = await db.Sections.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
            sections[ids[0]].ParentId = ids[1];
            sections[ids[1]].ParentId = ids[0];
            await db.SaveChangesAsync();
        }

        var front = await (await Factory.Anonymous().GetAsync($"{Api}/sections/loop-a/articles")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["inside-the-loop"], front.Slugs());
        var filtered = await (await Factory.Anonymous().GetAsync($"{Api}/articles?section=loop-b")).ExpectJson(HttpStatusCode.OK);
        Assert.Equal(["inside-the-loop"], filtered.Slugs());

        // Nothing new goes under a broken branch; the editor is told why, and can repair it by moving a section to the top.
        await (await Factory.Editor().PostJson($"{Api}/sections", new { name = "Under the loop", parent = "loop-a" }))
            .ExpectValidationError("parent");
        var other = await Factory.CreateSection("Elsewhere");
        await (await Factory.Editor().PatchJson($"{Api}/sections/{other.Str("slug")}", new { parent = "loop-b" }, await ETagOf(other.Str("slug"))))
            .ExpectValidationError("parent");
        await (await Factory.Editor().PatchJson($"{Api}/sections/loop-a", new { parent = (string?)null }, await ETagOf("loop-a"))).ExpectJson(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_absurdly_deep_chain_is_walked_no_further_than_the_depth_limit()
    {
        var parent = await Factory.CreateSection("Level 0");
        await using (var db = Factory.CreateDbContext())
        {
            // Forty levels written directly, as bad data or an import would, past what the API lets an editor build.
            var above = Guid.Parse(parent.Str("id"));
            for (var level = 1; level <= 40; level++)
            {
                var section = new ContentApi.Data.Entities.Section { Slug = $"level-{level}", Name = $"Level {level}", ParentId = above };
                db.Sections.Add(section);
                await db.SaveChangesAsync();
                above = section.Id;
            }
        }

        await (await Factory.Anonymous().GetAsync($"{Api}/articles?section=level-0")).ExpectJson(HttpStatusCode.OK);
        await (await Factory.Editor().PostJson($"{Api}/sections", new { name = "Level 41", parent = "level-40" }))
            .ExpectValidationError("parent");
    }

    private async Task<string> ETagOf(string slug) =>
        (await Factory.Editor().GetAsync($"{Api}/sections/{slug}")).ETag();
}
