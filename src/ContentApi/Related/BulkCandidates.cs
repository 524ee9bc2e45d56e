namespace ContentApi.Related;

/// <summary>The articles worth scoring against one article in a site-wide recompute, so it avoids comparing every pair:
/// those sharing rarer terms and tags (inverted lists), plus the nearest in time in its section and common tags.</summary>
internal sealed class BulkCandidates
{
    private const int Kept = 300;
    private const int NearestPerSide = 20;

    private readonly RelatedCorpus corpus;
    private readonly int fullListLimit;
    private readonly float[] partial;
    private readonly int[] seen;
    private readonly List<int> touched = [];
    private readonly Dictionary<Guid, List<int>> sections = [];
    private int stamp;

    public BulkCandidates(RelatedCorpus corpus)
    {
        this.corpus = corpus;
        var n = corpus.Vectors.Length;
        // A term on more than 1% of the site says little about a story, and its list would cost the most.
        fullListLimit = Math.Clamp(n / 100, 50, 500);
        partial = new float[n];
        seen = new int[n];
        Array.Fill(seen, -1);
        for (var i = 0; i < n; i++)
        {
            if (corpus.Vectors[i].SectionId is { } section)
            {
                if (!sections.TryGetValue(section, out var list)) sections[section] = list = [];
                list.Add(i);
            }
        }
    }

    public List<int> For(int i)
    {
        stamp = i;
        touched.Clear();
        var v = corpus.Vectors[i];
        for (var k = 0; k < v.Terms.Length; k++)
        {
            var postings = corpus.TermPostings[v.Terms[k]];
            if (postings.Count > fullListLimit) continue;
            foreach (var j in postings)
            {
                var other = corpus.Vectors[j];
                var at = Array.BinarySearch(other.Terms, v.Terms[k]);
                Accumulate(j, v.TermWeights[k] * other.TermWeights[at] * (float)RelatedCorpus.TextWeight);
            }
        }

        var nearby = new List<int>();
        for (var k = 0; k < v.Tags.Length; k++)
        {
            var postings = corpus.TagPostings[v.Tags[k]];
            if (postings.Count > fullListLimit)
            {
                Nearest(postings, i, nearby);
                continue;
            }
            foreach (var j in postings)
            {
                var other = corpus.Vectors[j];
                var at = Array.BinarySearch(other.Tags, v.Tags[k]);
                Accumulate(j, v.TagWeights[k] * other.TagWeights[at] * (float)RelatedCorpus.TagWeight);
            }
        }
        if (v.SectionId is { } section) Nearest(sections[section], i, nearby);

        var best = touched.Count <= Kept
            ? touched
            : touched.OrderByDescending(j => partial[j]).Take(Kept).ToList();
        return [.. best.Union(nearby)];
    }

    private void Accumulate(int j, float amount)
    {
        if (seen[j] != stamp)
        {
            seen[j] = stamp;
            partial[j] = 0;
            touched.Add(j);
        }
        partial[j] += amount;
    }

    /// <summary>The articles either side of <paramref name="i"/> in a date-ordered list that contains it.</summary>
    private static void Nearest(List<int> dateOrdered, int i, List<int> into)
    {
        var at = dateOrdered.BinarySearch(i);
        if (at < 0) return;
        var from = Math.Max(0, at - NearestPerSide);
        var to = Math.Min(dateOrdered.Count, at + NearestPerSide + 1);
        for (var k = from; k < to; k++) into.Add(dateOrdered[k]);
    }
}
