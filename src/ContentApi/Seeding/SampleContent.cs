using ContentApi.Data;
using ContentApi.Data.Entities;
using ContentApi.Related;
using ContentApi.Rendering;
using Microsoft.EntityFrameworkCore;
using ContentApi.Slugs;

namespace ContentApi.Seeding;

/// <summary>Fills an empty database with the sample article in "International", its author and a few neighbouring
/// stories, so lists, bylines and related posts show something on first run.</summary>
public sealed class SampleContent(ContentDbContext db, MarkdownRenderer renderer, RelatedPostsCalculator related, TimeProvider clock,
    ILogger<SampleContent> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Articles.AnyAsync(cancellationToken) || await db.Sections.AnyAsync(cancellationToken)) return;

        var now = clock.GetUtcNow().UtcDateTime;
        var international = new Section { Slug = "international", Name = "International", Description = "World news and analysis.", Position = 0 };
        var europe = new Section { Slug = "europe", Name = "Europe", Description = "News from across Europe.", Parent = international, Position = 0 };
        var politics = new Section { Slug = "politics", Name = "Politics", Description = "Power, policy and elections.", Position = 1 };
        var business = new Section { Slug = "business", Name = "Business", Description = "Markets, companies and the economy.", Position = 2 };
        db.Sections.AddRange(international, europe, politics, business);

        var elena = new Author
        {
            Slug = "elena-marsh", Name = "Elena Marsh",
            Bio = "Diplomatic correspondent covering the war in Ukraine, NATO and great-power politics.",
            Email = "elena.marsh@example.com", Website = "https://example.com/elena-marsh",
        };
        var tomas = new Author { Slug = "tomas-ruiz", Name = "Tomás Ruiz", Bio = "Europe editor.", Email = "tomas.ruiz@example.com" };
        var priya = new Author { Slug = "priya-natarajan", Name = "Priya Natarajan", Bio = "Economics correspondent.", Email = "priya.natarajan@example.com" };
        db.Authors.AddRange(elena, tomas, priya);

        var tags = new[] { "Ukraine", "Russia", "United States", "Diplomacy", "NATO", "Sanctions", "China", "Energy" }
            .ToDictionary(name => name, name => new Tag { Slug = Slug.From(name), Name = name });
        db.Tags.AddRange(tags.Values);

        var sample = SampleArticle.Load();
        var page = Add(sample.Title, sample.Standfirst, sample.Body, international, [elena],
            [tags["Ukraine"], tags["Russia"], tags["United States"], tags["Diplomacy"]], now.AddHours(-1));

        var others = new Dictionary<string, Article>();
        foreach (var (story, index) in OtherStories.All.Select((s, i) => (s, i)))
        {
            var section = story.Section switch { "europe" => europe, "politics" => politics, "business" => business, _ => international };
            var authors = story.Authors.Select(a => a switch { "tomas-ruiz" => tomas, "priya-natarajan" => priya, _ => elena }).ToArray();
            others[story.Title] = Add(story.Title, story.Standfirst, story.Body, section, authors,
                story.Tags.Select(t => tags[t]).ToArray(), now.AddDays(-(index + 1)));
        }

        // The page's "Related Posts", as its editor would choose them: the other mediators, and the debate
        // in Washington the article points to. The computed list follows them.
        db.CuratedRelatedArticles.AddRange(OtherStories.RelatedToSample.Select((title, position) =>
            new CuratedRelatedArticle { ArticleId = page.Id, RelatedArticleId = others[title].Id, Position = position }));

        await db.SaveChangesAsync(cancellationToken);
        await related.RecomputeAllAsync(progress: null, cancellationToken);
        logger.LogInformation("Seeded the sample content: {Articles} articles in {Sections} sections", OtherStories.All.Count + 1, 4);
    }

    private Article Add(string title, string standfirst, string body, Section section, Author[] authors, Tag[] tags, DateTime publishedAt)
    {
        var rendered = renderer.Render(body);
        var article = new Article
        {
            Slug = Slug.From(title),
            Title = title,
            Standfirst = standfirst,
            Body = body,
            BodyHtml = rendered.Html,
            BodyText = rendered.Text,
            Outline = rendered.Outline,
            WordCount = rendered.WordCount,
            ReadingTimeMinutes = rendered.ReadingTimeMinutes,
            Section = section,
            Authors = authors.Select((a, i) => new ArticleAuthor { Author = a, Position = i }).ToList(),
            Tags = tags.Select((t, i) => new ArticleTag { Tag = t, Position = i }).ToList(),
            Status = ArticleStatus.Published,
            PublishedAt = publishedAt,
            FirstPublishedAt = publishedAt,
        };
        db.Articles.Add(article);
        return article;
    }
}
