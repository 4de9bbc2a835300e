namespace Ocop.Web.Features.AdminUnits;

/// <summary>
/// Administrative units as English pages name them: the unit's kind in English after its proper name, which keeps its
/// Vietnamese spelling ("Tỉnh Lâm Đồng" → "Lâm Đồng Province", "Phường Phú Thủy" → "Phú Thủy Ward",
/// "Thành phố Hồ Chí Minh" → "Hồ Chí Minh City"). Vietnamese pages keep the official names.
/// </summary>
public static class PlaceNames
{
    private static readonly (string Prefix, string Suffix)[] Kinds =
    [
        ("Thành phố ", " City"), ("Tỉnh ", " Province"), ("Phường ", " Ward"), ("Xã ", " Commune"), ("Đặc khu ", " Special Zone"), ("Thị trấn ", " Town"),
    ];

    public static string English(string name)
    {
        foreach (var (prefix, suffix) in Kinds)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
            {
                return name[prefix.Length..] + suffix;
            }
        }

        return name;
    }

    /// <summary>The name as the current reader's pages show it.</summary>
    public static string ForReader(string name) => Infrastructure.ReaderText.English ? English(name) : name;
}
