namespace Ocop.Web.Features.Classification;

/// <summary>
/// English names of the 26 product sets of 148/2023 and 26/2026 (Phụ lục I numbers them alike: "148-09" and "26-09" are both
/// fish sauces and other liquid seasonings), for the English pages. Sets of other versions have none: the page shows the
/// Vietnamese name, marked as Vietnamese.
/// </summary>
public static class ProductSetNames
{
    private static readonly string[] English =
    [
        "Fresh vegetables, tubers, fruit and nuts", "Fresh meat, fish and seafood, eggs and milk", "Rice, cereals and other husked grains",
        "Honey, other syrups and other farm foods", "Fast food", "Processed rice and cereals", "Processed vegetables, tubers, fruit and nuts",
        "Processed meat, seafood, eggs, milk and honey products", "Soy sauces, fish sauces and other liquid seasonings",
        "Other seasonings (salt, shallots, garlic, pepper…)", "Fresh and processed tea", "Herbal teas from other plants", "Coffee and cocoa",
        "White spirits", "Other alcoholic drinks", "Natural mineral water and bottled drinking water", "Other non-alcoholic drinks",
        "Functional foods, herbal and traditional medicines", "Cosmetics with herbal ingredients", "Essential oils and other herbal products",
        "Household and decorative handicrafts", "Textiles and garments", "Flowers", "Ornamental plants", "Ornamental animals",
        "Community tourism, ecotourism and tourist sites",
    ];

    /// <summary>The English name of a 148 or 26/2026 set ("26-13" → "Coffee and cocoa"), or null.</summary>
    public static string? EnglishOf(string code)
    {
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && code[..dash] is "148" or "26" && int.TryParse(code[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n >= 1 && n <= English.Length ? English[n - 1] : null;
    }
}
