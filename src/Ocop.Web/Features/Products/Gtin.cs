namespace Ocop.Web.Features.Products;

/// <summary>GS1 GTIN-8/12/13/14 rules: digits only, mod-10 check digit, stored padded to 14 digits.</summary>
public static class Gtin
{
    public static bool TryNormalize(string? input, out string gtin14, out string? error)
    {
        gtin14 = string.Empty;
        var digits = (input ?? string.Empty).Trim().Replace(" ", string.Empty).Replace("-", string.Empty);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            error = "Validation.Gtin.Digits";
            return false;
        }

        if (digits.Length is not (8 or 12 or 13 or 14))
        {
            error = "Validation.Gtin.Length";
            return false;
        }

        if (CheckDigit(digits[..^1]) != digits[^1] - '0')
        {
            error = "Validation.Gtin.CheckDigit";
            return false;
        }

        gtin14 = digits.PadLeft(14, '0');
        error = null;
        return true;
    }

    /// <summary>The GS1 mod-10 check digit for the digits before it (weights 3,1,3,… from the right).</summary>
    public static int CheckDigit(string digitsWithoutCheck)
    {
        var sum = 0;
        for (var i = 0; i < digitsWithoutCheck.Length; i++)
        {
            var digit = digitsWithoutCheck[digitsWithoutCheck.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }

        return (10 - sum % 10) % 10;
    }
}
