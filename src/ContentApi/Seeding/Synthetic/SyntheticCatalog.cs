using ContentApi.Slugs;

namespace ContentApi.Seeding.Synthetic;

/// <summary>A section, author or tag to insert, with the deterministic id and slug articles refer to.</summary>
public sealed record SyntheticTerm(Guid Id, string Slug, string Name, Guid? ParentId = null, int Position = 0);

/// <summary>The newsroom: nested sections, hundreds of authors and tags, all from one seeded Random.</summary>
public static class SyntheticCatalog
{
    private static readonly (string Name, string[] Children)[] SectionTree =
    [
        ("News", ["UK", "US", "Local"]),
        ("World", ["Europe", "Americas", "Asia", "Africa", "Middle East", "International"]),
        ("Business", ["Markets", "Economy", "Companies", "Personal Finance"]),
        ("Politics", ["Elections", "Policy"]),
        ("Sport", ["Football", "Tennis", "Cricket", "Cycling", "Athletics"]),
        ("Culture", ["Books", "Film", "Music", "Art", "Television"]),
        ("Science", ["Space", "Environment"]),
        ("Technology", ["AI", "Gadgets"]),
        ("Opinion", []),
        ("Lifestyle", ["Food", "Travel"]),
        ("Health", []),
    ];

    private static readonly string[] FirstNames =
    [
        "Elena", "Tom", "Amira", "James", "Sofia", "Daniel", "Priya", "Lukas", "Hannah", "Omar", "Chloe", "Mateo", "Aisha", "Noah",
        "Ingrid", "Kwame", "Yuki", "Marco", "Fatima", "Oliver", "Zara", "Pavel", "Grace", "Ravi", "Lena", "Samuel", "Nadia", "Felix",
        "Maya", "Hugo", "Ines", "Tariq", "Clara", "Jonas", "Leila", "Ethan", "Rosa", "Viktor", "Anya", "Ben",
    ];

    private static readonly string[] LastNames =
    [
        "Marsh", "Reed", "Haddad", "Okafor", "Lindqvist", "Moreau", "Novak", "Sato", "Fischer", "Kowalski", "Mensah", "Rossi", "Khan",
        "Byrne", "Silva", "Petrov", "Dubois", "Nakamura", "Costa", "Jensen", "Hughes", "Abebe", "Varga", "Ortiz", "Schmidt", "Park",
        "Walsh", "Bianchi", "Eriksen", "Adeyemi", "Laurent", "Horvat", "Murphy", "Tanaka", "Berg", "Alvarez",
    ];

    private static readonly string[] TagTopics =
    [
        "Ukraine", "NATO", "Climate", "Inflation", "Elections", "Energy", "Housing", "Migration", "Trade", "AI", "Health", "Education",
        "Football", "Tennis", "Olympics", "Space", "Oil", "Gas", "Banks", "Startups", "Crime", "Courts", "Privacy", "Cyber",
        "Wildfires", "Floods", "Drought", "Farming", "Transport", "Railways", "Aviation", "Shipping", "Tourism", "Film", "Music", "Books",
        "Art", "Fashion", "Food", "Science", "Vaccines", "Diplomacy", "Sanctions", "Defence", "Taxes", "Budget", "Jobs", "Unions",
        "Pensions", "Water", "Forests", "Oceans", "Cities", "Rural", "Religion", "Royals", "Media", "Gaming", "Crypto", "Semiconductors",
    ];

    private static readonly string[] TagQualifiers =
    [
        "", "Policy", "Crisis", "Talks", "Reform", "Markets", "Research", "Protests", "Investigation", "Analysis", "Explainer",
        "Europe", "Asia", "Africa", "Americas", "Live",
    ];

    public static List<SyntheticTerm> Sections(Random random)
    {
        var sections = new List<SyntheticTerm>();
        var at = DateTime.UnixEpoch;
        for (var p = 0; p < SectionTree.Length; p++)
        {
            var (name, children) = SectionTree[p];
            var parent = new SyntheticTerm(SyntheticIds.Next(at, random), Slug.From(name), name, null, p);
            sections.Add(parent);
            for (var c = 0; c < children.Length; c++)
            {
                var child = children[c];
                sections.Add(new SyntheticTerm(SyntheticIds.Next(at, random), Slug.From(child), child, parent.Id, c));
            }
        }
        return sections;
    }

    public static List<SyntheticTerm> Authors(Random random, int count)
    {
        var authors = new List<SyntheticTerm>(count);
        var slugs = new HashSet<string>();
        while (authors.Count < count)
        {
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            var slug = Slug.From(name);
            for (var n = 2; !slugs.Add(slug); n++) slug = $"{Slug.From(name)}-{n}";
            authors.Add(new SyntheticTerm(SyntheticIds.Next(DateTime.UnixEpoch, random), slug, name));
        }
        return authors;
    }

    /// <summary>Tags in a random order: the order is their popularity rank for the Zipf draw.</summary>
    public static List<SyntheticTerm> Tags(Random random, int count)
    {
        var names = TagTopics.SelectMany(t => TagQualifiers.Select(q => q.Length == 0 ? t : $"{t} {q}")).ToArray();
        random.Shuffle(names);
        return names.Take(count)
            .Select(name => new SyntheticTerm(SyntheticIds.Next(DateTime.UnixEpoch, random), Slug.From(name), name))
            .ToList();
    }

    public static int MaxTags => TagTopics.Length * TagQualifiers.Length;
}

/// <summary>UUIDv7 ids from the seeded Random rather than the OS, so that two runs make the same ids.</summary>
public static class SyntheticIds
{
    public static Guid Next(DateTime at, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var ms = (ulong)(at - DateTime.UnixEpoch).TotalMilliseconds;
        for (var i = 0; i < 6; i++) bytes[i] = (byte)(ms >> (8 * (5 - i)));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
