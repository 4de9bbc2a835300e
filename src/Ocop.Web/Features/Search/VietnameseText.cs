using System.Globalization;
using System.Text;

namespace Ocop.Web.Features.Search;

/// <summary>
/// Folds Vietnamese text for accent-insensitive search: lower case, tone and vowel marks
/// stripped, đ→d, runs of white space collapsed. "Nước mắm Cá Đen" → "nuoc mam ca den".
/// </summary>
public static class VietnameseText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            // đ/Đ are letters of their own, not d plus a mark, so Unicode decomposition keeps them.
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }

    /// <summary>A LIKE pattern that matches the folded term anywhere, with LIKE's wildcards escaped.</summary>
    public static string ContainsPattern(string foldedTerm) =>
        "%" + foldedTerm.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    public const string LikeEscape = "\\";
}
