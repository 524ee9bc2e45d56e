using System.Net;
using ContentApi.Data.Entities;
using ContentApi.Related;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static ContentApi.Tests.Infrastructure.Arrange;
using static ContentApi.Tests.Related.RelatedSteps;

namespace ContentApi.Tests.Related;

/// <summary>
/// Measures related posts on the labelled corpus: for every article of a story, how many of its first five
/// related articles belong to the same story (precision@5). Five is also the most it can get: a story has
/// six articles. Both ways of computing lists are measured: one article at a time as they are published
/// through the API, and the site-wide recompute.
/// </summary>
public sealed class RelatedQualityTests(ITestOutputHelper output) : IDisposable
{
    // An app per test, as before SharedApp: two tests whose corpus costs seconds, so a shared app would save nothing.
    private ContentApiFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();

    private const double Required = 0.8;
    private const int K = 5;

    [Fact]
    public async Task Related_articles_published_one_by_one_find_the_same_story_with_precision_at_5_of_at_least_0_8()
    {
        foreach (var section in RelatedCorpusFixture.Sections) await Factory.CreateSection(section);
        var slugs = new Dictionary<string, string>();
        foreach (var piece in RelatedCorpusFixture.Pieces)
        {
            var created = await Factory.Editor().PostJson($"{Api}/articles", new
            {
                title = piece.Title, standfirst = piece.Standfirst, body = piece.Body, section = piece.Section,
                tags = piece.Tags, status = "published", publishedAt = piece.PublishedAt,
            });
            slugs[(await created.ExpectJson(HttpStatusCode.Created)).Str("slug")] = piece.Story;
        }

        var precision = await PrecisionAt5(slugs);

        Assert.True(precision >= Required, $"precision@5 is {precision:F3}, below {Required}.");
    }

    [Fact]
    public async Task Related_articles_recomputed_site_wide_find_the_same_story_with_precision_at_5_of_at_least_0_8()
    {
        var slugs = new Dictionary<string, string>();
        using (var db = Factory.CreateDbContext())
        {
            var sections = RelatedCorpusFixture.Sections.ToDictionary(s => s, s => new Section { Slug = s, Name = s });
            var tags = RelatedCorpusFixture.Pieces.SelectMany(p => p.Tags).Distinct().ToDictionary(t => t, t => new Tag { Slug = t, Name = t });
            foreach (var (piece, i) in RelatedCorpusFixture.Pieces.Select((p, i) => (p, i)))
            {
                var slug = $"piece-{i}";
                slugs[slug] = piece.Story;
                db.Articles.Add(new Article
                {
                    Slug = slug, Title = piece.Title, Standfirst = piece.Standfirst, Body = piece.Body, BodyText = piece.Body,
                    Section = sections[piece.Section],
                    Tags = piece.Tags.Select((t, p) => new ArticleTag { Tag = tags[t], Position = p }).ToList(),
                    Status = ArticleStatus.Published, PublishedAt = piece.PublishedAt, FirstPublishedAt = piece.PublishedAt,
                });
            }
            await db.SaveChangesAsync();
        }

        using (var scope = Factory.Services.CreateScope())
        {
            var computed = await scope.ServiceProvider.GetRequiredService<RelatedPostsCalculator>().RecomputeAllAsync(null, CancellationToken.None);
            Assert.Equal(RelatedCorpusFixture.Pieces.Count, computed);
        }

        var precision = await PrecisionAt5(slugs);

        Assert.True(precision >= Required, $"precision@5 is {precision:F3}, below {Required}.");
    }

    /// <summary>Mean precision@5 over the story articles (not the look-alikes), printed per story.</summary>
    private async Task<double> PrecisionAt5(Dictionary<string, string> storyOf)
    {
        var perStory = new Dictionary<string, List<double>>();
        foreach (var (slug, story) in storyOf.Where(s => !s.Value.StartsWith("decoy-", StringComparison.Ordinal)))
        {
            var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{slug}/related?limit={K}");
            var related = SlugsOf((await response.ExpectJson(HttpStatusCode.OK))["items"]!.AsArray());
            var hits = related.Count(r => storyOf[r] == story);
            (perStory.TryGetValue(story, out var list) ? list : perStory[story] = []).Add((double)hits / K);
        }

        foreach (var (story, values) in perStory) output.WriteLine($"{story}: precision@{K} = {values.Average():F3}");
        var overall = perStory.Values.SelectMany(v => v).Average();
        output.WriteLine($"overall precision@{K} = {overall:F3} over {perStory.Values.Sum(v => v.Count)} story articles, {storyOf.Count} articles in all");
        return overall;
    }
}
