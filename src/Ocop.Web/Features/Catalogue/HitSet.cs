namespace Ocop.Web.Features.Catalogue;

/// <summary>The entries a search found, as the page picker asks about them: one by one, or all in position order.</summary>
internal abstract class HitSet
{
    public abstract bool Contains(int i);

    /// <summary>The hits' positions, ascending.</summary>
    public abstract int[] ToArray();

    /// <summary>Hits marked one by one while the candidates were visited.</summary>
    public sealed class Marked(Bits bits) : HitSet
    {
        public override bool Contains(int i) => bits[i];

        public override int[] ToArray() => bits.ToArray();
    }

    /// <summary>
    /// Every entry listed on the day, or (with a facet) those of one facet value: a search with no text
    /// and at most one filter, answered without visiting its hits.
    /// </summary>
    public sealed class Listed(CatalogueSnapshot s, int today, int facet = -1, int value = 0) : HitSet
    {
        public override bool Contains(int i) =>
            s.ListedUntilDay[i] >= today && (facet < 0 || s.Values[(i * FacetKind.Count) + facet] == value);

        public override int[] ToArray() =>
            [.. (facet < 0 ? Enumerable.Range(0, s.Entries.Count) : s.Postings[facet][value]).Where(i => s.ListedUntilDay[i] >= today)];
    }
}
