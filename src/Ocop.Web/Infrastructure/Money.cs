using System.Globalization;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// Numbers as Vietnamese write them: dots between thousands, a comma before decimals (1.234,5),
/// and amounts in whole đồng (120.000 ₫).
/// </summary>
public static class Money
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    /// <summary>Whole đồng, half rounded away from zero (as the settlement rounds commissions).</summary>
    public static string Vnd(decimal amount) => Number(decimal.Round(amount, 0, MidpointRounding.AwayFromZero)) + " ₫";

    /// <summary>A count or quantity, up to three decimals: 1.200, 2,5.</summary>
    public static string Number(decimal value) => value.ToString("#,0.###", Vietnamese);
}
