namespace Ocop.Web.Features.Catalogue;

/// <summary>The catalogue's facets, numbered: the index into a snapshot entry's values and the bit of a filter.</summary>
internal static class FacetKind
{
    public const int Stars = 0, Group = 1, Province = 2, Commune = 3, Type = 4, Cert = 5;
    public const int Count = 6;

    /// <summary>Each facet's name, as the address parameter and the API name it.</summary>
    public static readonly string[] Names = ["stars", "group", "province", "commune", "type", "cert"];

    public static int Bit(int facet) => 1 << facet;
}
