using System.Diagnostics;
using System.Globalization;
using ContentApi.Data.Entities;
using ContentApi.Database;
using ContentApi.Rendering;
using ContentApi.Slugs;

namespace ContentApi.Seeding.Synthetic;

/// <summary>What to generate. The same options and seed always give the same content.</summary>
public sealed record SyntheticOptions(int Articles, int Seed = 42, int Authors = 400, int Tags = 600, int Years = 8);

/// <summary>Fills an empty, migrated database fast: rows go to <see cref="IBulkContentWriter"/> in batches, bodies from
/// pre-rendered blocks (<see cref="SyntheticText"/>), exactly as the API would store them.</summary>
public sealed class SyntheticSeeder(MarkdownRenderer renderer, TimeProvider clock, IBulkContentWriter writer)
{
    private const int ArticlesPerTransaction = 5_000;
    private const int ProgressEvery = 10_000;

    public async Task<int> SeedAsync(string connectionString, SyntheticOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var now = clock.GetUtcNow().UtcDateTime;
        // The newest article is an hour before midnight, however it is jittered: never dated in the future.
        var today = now.Date.AddHours(-1);

        await using var load = await writer.OpenAsync(connectionString, cancellationToken);

        var text = new SyntheticText(renderer, random);
        var sections = SyntheticCatalog.Sections(random);
        var authors = SyntheticCatalog.Authors(random, options.Authors);
        var tags = SyntheticCatalog.Tags(random, Math.Min(options.Tags, SyntheticCatalog.MaxTags));

        await load.BeginBatchAsync(cancellationToken);
        var created = today.AddYears(-options.Years).AddDays(-30);
        foreach (var s in sections) AddSection(load, s, created);
        foreach (var a in authors) AddAuthor(load, a, created);
        foreach (var t in tags) AddTag(load, t, created);
        await load.CommitBatchAsync(cancellationToken);

        var sectionDraw = new Zipf(sections.Count, 0.8);
        var authorDraw = new Zipf(authors.Count, 0.9);
        var tagDraw = new Zipf(tags.Count, 1.07);
        var slugs = new HashSet<string>(options.Articles);
        var from = today.AddYears(-options.Years);
        var span = (long)(today - from).TotalSeconds;
        var watch = Stopwatch.StartNew();

        for (var start = 0; start < options.Articles; start += ArticlesPerTransaction)
        {
            await load.BeginBatchAsync(cancellationToken);
            var end = Math.Min(options.Articles, start + ArticlesPerTransaction);
            for (var i = start; i < end; i++)
            {
                var at = from.AddSeconds(span * i / options.Articles + random.Next(0, 1_800));
                var article = NextArticle(random, text, at, now, slugs, sections[sectionDraw.Next(random)]);
                load.Add(article);
                var bylines = Distinct(random, authorDraw, random.NextDouble() switch { < 0.75 => 1, < 0.95 => 2, _ => 3 });
                for (var p = 0; p < bylines.Count; p++) load.Add(new ArticleAuthor { ArticleId = article.Id, AuthorId = authors[bylines[p]].Id, Position = p });
                var tagging = Distinct(random, tagDraw, random.Next(2, 7));
                for (var p = 0; p < tagging.Count; p++) load.Add(new ArticleTag { ArticleId = article.Id, TagId = tags[tagging[p]].Id, Position = p });
                load.Add(ArticleChange(article));

                if ((i + 1) % ProgressEvery == 0 || i + 1 == options.Articles) Report(progress, i + 1, options.Articles, watch.Elapsed);
            }
            await load.CommitBatchAsync(cancellationToken);
        }

        await load.FinishAsync(cancellationToken);
        await progress.WriteLineAsync($"Seeded {options.Articles:N0} articles, {sections.Count} sections, {authors.Count} authors and " +
            $"{tags.Count} tags in {watch.Elapsed.TotalSeconds:N1} s.");
        return options.Articles;
    }

    private static void AddSection(IBulkContentLoad load, SyntheticTerm s, DateTime at)
    {
        load.Add(new Section
        {
            Id = s.Id, Slug = s.Slug, Name = s.Name, Description = $"News and analysis: {s.Name}.", ParentId = s.ParentId, Position = s.Position,
            CreatedAt = at, UpdatedAt = at, Version = 1,
        });
        load.Add(Data.ContentChanges.ForTaxonomy(ResourceKind.Section, s.Id, s.Slug, ChangeOperation.Upsert, ChangeReason.Created, at));
    }

    private static void AddAuthor(IBulkContentLoad load, SyntheticTerm a, DateTime at)
    {
        load.Add(new Author
        {
            Id = a.Id, Slug = a.Slug, Name = a.Name, Bio = $"{a.Name} is a correspondent.",
            AvatarUrl = $"https://images.example.com/authors/{a.Slug}.jpg", Email = $"{a.Slug}@newsroom.example.com",
            X = $"https://x.com/{a.Slug.Replace("-", "", StringComparison.Ordinal)}", CreatedAt = at, UpdatedAt = at, Version = 1,
        });
        load.Add(Data.ContentChanges.ForTaxonomy(ResourceKind.Author, a.Id, a.Slug, ChangeOperation.Upsert, ChangeReason.Created, at));
    }

    private static void AddTag(IBulkContentLoad load, SyntheticTerm t, DateTime at)
    {
        load.Add(new Tag { Id = t.Id, Slug = t.Slug, Name = t.Name, CreatedAt = at, UpdatedAt = at, Version = 1 });
        load.Add(Data.ContentChanges.ForTaxonomy(ResourceKind.Tag, t.Id, t.Slug, ChangeOperation.Upsert, ChangeReason.Created, at));
    }

    private static void Report(TextWriter progress, int done, int total, TimeSpan elapsed)
    {
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var eta = TimeSpan.FromSeconds((total - done) / rate);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {done,10:N0} / {total:N0} articles  {rate,8:N0}/s  elapsed {elapsed:mm\\:ss}  ETA {eta:mm\\:ss}"));
    }

    /// <summary>An article dated around <paramref name="at"/>: most published, a few drafts, scheduled or archived.</summary>
    private static Article NextArticle(Random random, SyntheticText text, DateTime at, DateTime now, HashSet<string> slugs, SyntheticTerm section)
    {
        var title = SyntheticText.Phrase(random, 6, 11);
        var baseSlug = Slug.From(title, 70);
        var slug = baseSlug;
        for (var n = 2; !slugs.Add(slug); n++) slug = $"{baseSlug}-{n}";

        var status = random.NextDouble() switch
        {
            < 0.94 => ArticleStatus.Published,
            < 0.97 => ArticleStatus.Draft,
            < 0.99 => ArticleStatus.Archived,
            _ => ArticleStatus.Scheduled,
        };
        var created = at.AddMinutes(-random.Next(10, 600));
        var edits = random.NextDouble() < 0.2 ? random.Next(1, 3) : 0;
        var updated = edits == 0 ? at : Min(at.AddMinutes(random.Next(5, 2_880)), now);
        var published = status is ArticleStatus.Published or ArticleStatus.Archived ? at : (DateTime?)null;
        var scheduled = status == ArticleStatus.Scheduled ? now.Date.AddDays(random.Next(2, 60)).AddHours(random.Next(6, 20)) : (DateTime?)null;

        var body = text.Body(random, out var markdown);
        var hasImage = random.NextDouble() < 0.8;
        return new Article
        {
            Id = SyntheticIds.Next(created, random), Slug = slug, Title = title, Standfirst = SyntheticText.Sentence(random, 18, 32),
            Body = markdown, BodyHtml = body.Html, BodyText = body.Text, Outline = body.Outline, WordCount = body.WordCount,
            ReadingTimeMinutes = body.ReadingTimeMinutes, SectionId = section.Id,
            FeaturedImageUrl = hasImage ? $"https://images.example.com/{slug}.jpg" : null,
            FeaturedImageAlt = hasImage ? SyntheticText.Phrase(random, 4, 8) : null,
            FeaturedImageCaption = hasImage ? SyntheticText.Sentence(random, 6, 12) : null,
            FeaturedImageCredit = hasImage ? "Photo: Newsroom Pictures" : null,
            Status = status, FirstPublishedAt = published, PublishedAt = published, ScheduledAt = scheduled,
            CreatedAt = created, UpdatedAt = Max(updated, created), Version = 1 + edits,
        };
    }

    private static ContentChange ArticleChange(Article a)
    {
        var isPublic = a.Status == ArticleStatus.Published;
        var reason = a.Status switch
        {
            ArticleStatus.Published => ChangeReason.Published,
            ArticleStatus.Scheduled => ChangeReason.Scheduled,
            ArticleStatus.Archived => ChangeReason.Archived,
            _ => ChangeReason.Created,
        };
        return Data.ContentChanges.ForArticle(a.Id, a.Slug, wasPublic: false, isPublic, removed: false, reason, a.UpdatedAt);
    }

    private static List<int> Distinct(Random random, Zipf draw, int count)
    {
        var picked = new List<int>(count);
        for (var attempts = 0; picked.Count < count && attempts < count * 20; attempts++)
        {
            var next = draw.Next(random);
            if (!picked.Contains(next)) picked.Add(next);
        }
        return picked;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
