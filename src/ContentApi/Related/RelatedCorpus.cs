using ContentApi.Data.Entities;

namespace ContentApi.Related;

/// <summary>What relatedness is computed from: a published article's section, tags, date and words.</summary>
public sealed record RelatedSource(Guid Id, Guid? SectionId, IReadOnlyList<Guid> TagIds, DateTime PublishedAt, string Title,
    string? Standfirst, string? BodyText);

/// <summary>A scored candidate, and the signal that contributed most.</summary>
public readonly record struct RelatedMatch(int Index, double Score, RelatedReason Reason);

/// <summary>Articles as TF-IDF word vectors and IDF tag vectors, L2-normalised so similarity is a cosine in 0..1.
/// Vectors are sorted by term number, so comparing two is a merge of two short arrays.</summary>
public sealed class RelatedCorpus
{
    // The weights of the score's parts; they sum to 1, so a score is in 0..1.
    public const double TagWeight = 0.35;
    public const double TextWeight = 0.45;
    public const double SectionWeight = 0.10;
    public const double RecencyWeight = 0.10;

    /// <summary>Articles published this many days apart keep 1/e of the recency part: news is related in time.</summary>
    public const double RecencyDays = 30;

    /// <summary>A pair scoring below this is not related, however short the list.</summary>
    public const double MinScore = 0.05;

    /// <summary>Terms kept per article: the strongest ones, which carry nearly all of a cosine.</summary>
    public const int TermsPerArticle = 48;

    private readonly Dictionary<string, int> termNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> tagNumbers = [];
    private readonly List<int> termDocumentCounts = [];
    private readonly List<int> tagDocumentCounts = [];
    private readonly List<(int[] Terms, int[] Counts)> rawTerms = [];
    private readonly List<int[]> rawTags = [];

    public List<RelatedSource> Sources { get; } = [];

    public Vector[] Vectors { get; private set; } = [];

    public int TermCount => termNumbers.Count;

    public int TagCount => tagNumbers.Count;

    /// <summary>The articles, by term number, whose strongest terms include that term (built by <see cref="IndexTerms"/>).</summary>
    public List<int>[] TermPostings { get; private set; } = [];

    /// <summary>The articles, by tag number, that carry the tag.</summary>
    public List<int>[] TagPostings { get; private set; } = [];

    public sealed record Vector(Guid? SectionId, DateTime PublishedAt, int[] Tags, float[] TagWeights, int[] Terms, float[] TermWeights);

    /// <summary>Adds an article; its body text is dropped once counted, so a large corpus holds only numbers.</summary>
    public int Add(RelatedSource source)
    {
        var counts = RelatedText.Terms(source.Title, source.Standfirst, source.BodyText);
        var terms = new int[counts.Count];
        var values = new int[counts.Count];
        var i = 0;
        foreach (var (term, count) in counts)
        {
            if (!termNumbers.TryGetValue(term, out var number))
            {
                number = termNumbers.Count;
                termNumbers.Add(term, number);
                termDocumentCounts.Add(0);
            }
            termDocumentCounts[number]++;
            terms[i] = number;
            values[i++] = count;
        }

        var tags = new List<int>(source.TagIds.Count);
        foreach (var tag in source.TagIds.Distinct())
        {
            if (!tagNumbers.TryGetValue(tag, out var number))
            {
                number = tagNumbers.Count;
                tagNumbers.Add(tag, number);
                tagDocumentCounts.Add(0);
            }
            tagDocumentCounts[number]++;
            tags.Add(number);
        }

        rawTerms.Add((terms, values));
        rawTags.Add([.. tags]);
        Sources.Add(source with { Title = "", Standfirst = null, BodyText = null });
        return Sources.Count - 1;
    }

    /// <summary>Weighs every article's terms and tags by how rare they are in this corpus.</summary>
    public void Build()
    {
        var n = Sources.Count;
        var termIdf = termDocumentCounts.Select(df => Idf(n, df)).ToArray();
        var tagIdf = tagDocumentCounts.Select(df => Math.Max(Idf(n, df), 0.1f)).ToArray();
        Vectors = new Vector[n];
        for (var i = 0; i < n; i++)
        {
            var (terms, counts) = rawTerms[i];
            // Sub-linear term frequency: a name said ten times is not ten times the evidence.
            var weighted = terms.Select((t, k) => (Term: t, Weight: (float)((1 + Math.Log(counts[k])) * termIdf[t])))
                .Where(x => x.Weight > 0)
                .OrderByDescending(x => x.Weight)
                .Take(TermsPerArticle)
                .OrderBy(x => x.Term)
                .ToArray();
            var tags = rawTags[i].Order().ToArray();
            Vectors[i] = new Vector(
                Sources[i].SectionId, Sources[i].PublishedAt,
                tags, Normalise(tags.Select(t => tagIdf[t]).ToArray()),
                weighted.Select(x => x.Term).ToArray(), Normalise(weighted.Select(x => x.Weight).ToArray()));
        }
        rawTerms.Clear();
        rawTags.Clear();
    }

    /// <summary>Inverted lists for finding candidates in a large corpus without comparing every pair.</summary>
    public void IndexTerms()
    {
        TermPostings = Enumerable.Range(0, TermCount).Select(_ => new List<int>()).ToArray();
        TagPostings = Enumerable.Range(0, TagCount).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < Vectors.Length; i++)
        {
            foreach (var term in Vectors[i].Terms) TermPostings[term].Add(i);
            foreach (var tag in Vectors[i].Tags) TagPostings[tag].Add(i);
        }
    }

    /// <summary>How related <paramref name="b"/> is to <paramref name="a"/>; symmetric.</summary>
    public RelatedMatch Score(int a, int b)
    {
        var x = Vectors[a];
        var y = Vectors[b];
        var tags = Dot(x.Tags, x.TagWeights, y.Tags, y.TagWeights) * TagWeight;
        var text = Dot(x.Terms, x.TermWeights, y.Terms, y.TermWeights) * TextWeight;
        var section = x.SectionId is not null && x.SectionId == y.SectionId ? SectionWeight : 0;
        var days = Math.Abs((x.PublishedAt - y.PublishedAt).TotalDays);
        var recency = Math.Exp(-days / RecencyDays) * RecencyWeight;

        // Recency alone relates nothing: it only orders articles that share something.
        var score = tags + text + section <= 0 ? 0 : tags + text + section + recency;
        var reason = text >= tags && text >= section ? RelatedReason.SimilarText
            : tags >= section ? RelatedReason.SharedTags
            : RelatedReason.SameSection;
        return new RelatedMatch(b, Math.Round(score, 4), reason);
    }

    /// <summary>The best matches for <paramref name="a"/> among <paramref name="candidates"/>, best first.</summary>
    public List<RelatedMatch> Best(int a, IEnumerable<int> candidates, int count) =>
        candidates.Where(b => b != a)
            .Select(b => Score(a, b))
            .Where(m => m.Score >= MinScore)
            .OrderByDescending(m => m.Score)
            .ThenByDescending(m => Sources[m.Index].PublishedAt)
            .Take(count)
            .ToList();

    private static float Idf(int documents, int documentCount) =>
        (float)Math.Max(0, Math.Log((documents + 1.0) / (documentCount + 0.5)));

    private static float[] Normalise(float[] weights)
    {
        var norm = (float)Math.Sqrt(weights.Sum(w => w * w));
        if (norm > 0)
        {
            for (var i = 0; i < weights.Length; i++) weights[i] /= norm;
        }
        return weights;
    }

    private static double Dot(int[] xs, float[] xw, int[] ys, float[] yw)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < xs.Length && j < ys.Length)
        {
            if (xs[i] == ys[j]) sum += xw[i++] * yw[j++];
            else if (xs[i] < ys[j]) i++;
            else j++;
        }
        return sum;
    }
}
