namespace Ocop.Web.Features.Classification;

/// <summary>
/// The drawn picture of a product set (`wwwroot/img/sets/NN.svg`, made by `tools/set-art/make_set_art.py`), shown where a
/// product has no photo: a fish sauce shows bottles, a tea a cup, rather than one star for everything.
/// </summary>
public static class SetArt
{
    /// <summary>"/img/sets/09.svg" for "148-09" or "26-09"; null for a code without a set number (the page draws a star).</summary>
    public static string? UrlOf(string? setCode)
    {
        var dash = setCode?.LastIndexOf('-') ?? -1;
        return dash > 0 && int.TryParse(setCode![(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 26
            ? $"/img/sets/{n:00}.svg"
            : null;
    }
}
