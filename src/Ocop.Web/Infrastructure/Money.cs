using System.Globalization;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// Numbers as the reader writes them: in Vietnamese dots between thousands and a comma before decimals (1.234,5), in English
/// the other way round (1,234.5); amounts in whole đồng (120.000 ₫, 120,000 ₫). Outside a request (exports, jobs) Vietnamese.
/// </summary>
public static class Money
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };
    private static readonly NumberFormatInfo English = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = "." };

    private static NumberFormatInfo Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? English : Vietnamese;

    /// <summary>Whole đồng, half rounded away from zero (as the settlement rounds commissions).</summary>
    public static string Vnd(decimal amount) => Number(decimal.Round(amount, 0, MidpointRounding.AwayFromZero)) + " ₫";

    /// <summary>A count or quantity, up to three decimals: 1.200, 2,5.</summary>
    public static string Number(decimal value) => value.ToString("#,0.###", Current);
}
