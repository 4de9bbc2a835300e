namespace Ocop.Web.Features.Producers;

/// <summary>
/// Tax code / business registration number (mã số thuế / số đăng ký kinh doanh): 10 digits,
/// or 13 for a branch or dependent unit, often written "0101234567-001". Stored as digits only.
/// </summary>
public static class TaxCode
{
    public static bool TryNormalize(string? input, out string digits)
    {
        digits = new string((input ?? string.Empty).Where(c => c is not (' ' or '-' or '.')).ToArray());
        return digits.Length is 10 or 13 && digits.All(char.IsAsciiDigit);
    }
}
