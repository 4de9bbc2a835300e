using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.MarketAccess;

/// <summary>Numbers and amounts written the Vietnamese way on pages and statements.</summary>
public sealed class MoneyTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("500", "500")]
    [InlineData("1234.5", "1.234,5")]
    [InlineData("2.25", "2,25")]
    [InlineData("6360000", "6.360.000")]
    public void Numbers_UseDotsForThousands_AndACommaForDecimals(string value, string written) =>
        Money.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(written);

    [Fact]
    public void Amounts_AreWholeDong() =>
        (Money.Vnd(120000m), Money.Vnd(5626.5m), Money.Vnd(0m)).ShouldBe(("120.000 ₫", "5.627 ₫", "0 ₫"));
}
