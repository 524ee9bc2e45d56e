using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Sections;

/// <summary>Walks over the section tree that stop on a cycle or past <see cref="MaxDepth"/>, even over bad data
/// (an import, a hand edit, a race before writes were serialised): an anonymous read must never loop.</summary>
public static class SectionTree
{
    /// <summary>Far deeper than any newsroom's sections; a chain this long is treated as broken.</summary>
    public const int MaxDepth = 32;

    /// <summary>Whether <paramref name="section"/> may go under <paramref name="candidateParent"/>: false when the
    /// parent is the section itself or under it, or when the parent's ancestry is circular or too deep to end.</summary>
    public static async Task<bool> CanNestUnderAsync(ContentDbContext db, Guid candidateParent, Guid section, CancellationToken cancellationToken)
    {
        Guid? at = candidateParent;
        // The new section adds one level under the parent, so the parent's chain may hold MaxDepth - 1.
        for (var depth = 1; depth < MaxDepth; depth++)
        {
            if (at == section) return false;
            at = await db.Sections.Where(s => s.Id == at).Select(s => s.ParentId).FirstOrDefaultAsync(cancellationToken);
            if (at is null) return true;
        }
        return false;
    }

    /// <summary>The root and every section under it, breadth first, each once, at most <see cref="MaxDepth"/> levels down.</summary>
    public static List<Guid> SelfAndDescendants(Guid root, IEnumerable<(Guid Id, Guid ParentId)> edges)
    {
        var children = edges.ToLookup(e => e.ParentId, e => e.Id);
        var seen = new HashSet<Guid> { root };
        var ids = new List<Guid> { root };
        var level = new List<Guid> { root };
        for (var depth = 0; depth < MaxDepth && level.Count > 0; depth++)
        {
            level = level.SelectMany(id => children[id]).Where(seen.Add).ToList();
            ids.AddRange(level);
        }
        return ids;
    }
}
