namespace Ocop.Web.Features.Traceability;

/// <summary>The key qualifiers after a GTIN, as GS1 Digital Link URI syntax orders them: /22/ (variant), /10/ (lot), /21/ (serial).</summary>
public sealed record GtinQualifiers(string? Variant, string? Lot, string? Serial);

/// <summary>Why a Digital Link path was refused: the message key and its argument.</summary>
public sealed record PathProblem(string MessageKey, string Argument);

/// <summary>
/// Reads the path of a GS1 Digital Link URI (GS1 Digital Link URI syntax 1.x): the qualifiers a GTIN may carry, in their
/// order, with values of GS1's character set 82 up to 20 characters; a trailing slash is tolerated. Anything else in the
/// path (another AI, the wrong order, a missing value, a character outside the set) is a syntax error, answered 400.
/// Other primary keys are recognised, so that a well-formed SSCC or GLN is "not served here" (404), not a bad request.
/// </summary>
public static class DigitalLinkPath
{
    private static readonly string[] GtinQualifierOrder = ["22", "10", "21"];
    private const int MaxQualifierLength = 20;

    /// <summary>GS1 primary keys other than the GTIN, with the digits a numeric key has (null: alphanumeric, up to 30).</summary>
    private static readonly Dictionary<string, int?> OtherPrimaryKeys = new()
    {
        ["00"] = 18, ["253"] = null, ["255"] = null, ["401"] = null, ["402"] = 17, ["414"] = 13, ["417"] = 13, ["8003"] = null,
        ["8004"] = null, ["8006"] = null, ["8010"] = null, ["8013"] = null, ["8017"] = 18, ["8018"] = 18,
    };

    public static bool TryReadGtinQualifiers(string? path, out GtinQualifiers qualifiers, out PathProblem? problem)
    {
        (qualifiers, problem) = (new GtinQualifiers(null, null, null), null);
        var segments = Segments(path);
        var values = new string?[GtinQualifierOrder.Length];
        var next = 0;
        for (var i = 0; i < segments.Count; i += 2)
        {
            var at = Array.IndexOf(GtinQualifierOrder, segments[i], next);
            if (at < 0 || i + 1 >= segments.Count)
            {
                problem = new PathProblem("Scan.BadQualifier", segments[i]);
                return false;
            }

            var value = LotPath.Decode(segments[i + 1]);
            if (!IsQualifierValue(value))
            {
                problem = new PathProblem("Scan.BadQualifierValue", segments[i]);
                return false;
            }

            values[at] = value;
            next = at + 1;
        }

        qualifiers = new GtinQualifiers(values[0], values[1], values[2]);
        return true;
    }

    /// <summary>A qualifier's value as the syntax allows it: 1–20 characters of character set 82.</summary>
    public static bool IsQualifierValue(string value) => value.Length is > 0 and <= MaxQualifierLength && value.All(IsCharacterSet82);

    /// <summary>Whether the first path segment names a GS1 primary key this resolver knows of but does not serve.</summary>
    public static bool IsOtherPrimaryKey(string ai) => OtherPrimaryKeys.ContainsKey(ai);

    /// <summary>Whether a key value is well formed for its AI (digits and check digit for numeric keys).</summary>
    public static bool IsWellFormedKey(string ai, string value)
    {
        if (!OtherPrimaryKeys.TryGetValue(ai, out var digits))
        {
            return false;
        }

        if (digits is { } length)
        {
            return value.Length == length && value.All(char.IsAsciiDigit) && Products.Gtin.CheckDigit(value[..^1]) == value[^1] - '0';
        }

        return value.Length is > 0 and <= 30 && value.All(IsCharacterSet82);
    }

    /// <summary>The path's segments without the empty one a trailing slash leaves.</summary>
    public static List<string> Segments(string? path)
    {
        var segments = (path ?? string.Empty).Split('/').ToList();
        if (segments.Count > 0 && segments[^1].Length == 0)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return segments;
    }

    /// <summary>GS1's character set 82 (General Specifications, figure 7.11-1): what AI values such as a lot may contain.</summary>
    public static bool IsCharacterSet82(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!\"%&'()*+,-./:;<=>?_".Contains(c, StringComparison.Ordinal);
}
