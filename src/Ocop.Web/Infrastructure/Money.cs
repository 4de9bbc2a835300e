using System.Globalization;

namespace Ocop.Web.Infrastructure;

/// <summary>Amounts in đồng as Vietnamese write them (dots between thousands, no decimals): 120.000 ₫.</summary>
public static class Money
{
    public static string Vnd(decimal amount) =>
        decimal.Round(amount).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " ₫";
}
