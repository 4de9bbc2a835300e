namespace Ocop.Web.Infrastructure;

/// <summary>Shared rules for free text fields.</summary>
public static class TextRules
{
    /// <summary>
    /// Names are shown in lists, titles, PDFs and QR labels, so markup characters are refused
    /// outright rather than stored and escaped everywhere.
    /// </summary>
    public static void RequireName(ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "Validation.Required");
            return;
        }

        if (value.IndexOfAny(['<', '>']) >= 0)
        {
            errors.Add(field, "Validation.NoMarkup");
        }

        MaxLength(errors, field, value, maxLength);
    }

    public static void MaxLength(ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            errors.Add(field, "Validation.MaxLength");
        }
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
