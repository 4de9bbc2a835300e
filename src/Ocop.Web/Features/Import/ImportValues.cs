using System.Globalization;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Search;

namespace Ocop.Web.Features.Import;

/// <summary>How the cells of provinces' lists are read: producer kinds, communes (current or old names), stars, dates.</summary>
public static class ImportValues
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "dd-MM-yyyy", "yyyy-MM-dd", "d.M.yyyy"];

    /// <summary>The kind written in the cell, else inferred from the name ("HTX …", "Công ty …"); null when the cell says something unknown.</summary>
    public static ProducerType? ProducerType(string text, string name)
    {
        var folded = VietnameseText.Fold(text.Length > 0 ? text : name);
        if (folded.StartsWith("htx", StringComparison.Ordinal) || folded.Contains("hop tac xa", StringComparison.Ordinal) || folded.Contains("to hop tac", StringComparison.Ordinal) || folded == "cooperative")
        {
            return Producers.ProducerType.Cooperative;
        }

        if (folded.Contains("cong ty", StringComparison.Ordinal) || folded.Contains("doanh nghiep", StringComparison.Ordinal) || folded.StartsWith("dntn", StringComparison.Ordinal) || folded == "enterprise")
        {
            return Producers.ProducerType.Enterprise;
        }

        if (text.Length == 0 || folded.StartsWith("ho", StringComparison.Ordinal) || folded.Contains("co so", StringComparison.Ordinal) || folded == "household")
        {
            return Producers.ProducerType.Household;
        }

        return null;
    }

    /// <summary>
    /// A commune of the province by code or name ("Phường Phú Thủy", "phu thuy"); text after a comma (a district, a
    /// province) is ignored. An old commune's name resolves to the new commune it went to, recording the old unit;
    /// one that was split between several new communes must be written with its new name.
    /// </summary>
    public static (string Code, string? OldName, string? OldCode)? Commune(string text, ImportReference reference, out string? errorKey)
    {
        errorKey = null;
        var value = text.Split(',')[0].Trim();
        if (value.Length == 0)
        {
            errorKey = "Validation.Import.Required";
            return null;
        }

        if (reference.Communes.ContainsKey(value))
        {
            return (value, null, null);
        }

        var key = VietnameseText.Fold(value);
        var current = reference.CommunesByName[key].Distinct().ToList();
        if (current.Count == 1)
        {
            return (current[0], null, null);
        }

        var old = reference.OldCommunesByName[key].ToList();
        var targets = old.Select(o => o.NewCode).Distinct().ToList();
        if (targets.Count == 1)
        {
            return (targets[0], old[0].OldName, old.Select(o => o.OldCode).Distinct().Count() == 1 ? old[0].OldCode : null);
        }

        errorKey = current.Count > 1 || targets.Count > 1 ? "Validation.Import.CommuneAmbiguous" : "Validation.Import.Commune";
        return null;
    }

    public static int? Stars(string text)
    {
        var digits = new string([.. text.Where(char.IsDigit)]);
        return int.TryParse(digits, CultureInfo.InvariantCulture, out var stars) && stars is >= 3 and <= 5 && digits.Length == 1 ? stars : null;
    }

    /// <summary>A date as Vietnamese lists write it (15/03/2023, 2023-03-15) or as Excel stores it (a serial number).</summary>
    public static DateOnly? Date(string text)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20_000 and < 80_000
            ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)))
            : null;
    }

    /// <summary>A barcode as typed: spaces and dashes dropped; Excel's "8.93E+12" is not a barcode (the digits are lost).</summary>
    public static string Digits(string text) => new([.. text.Where(c => c is not (' ' or '-'))]);
}
