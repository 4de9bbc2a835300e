using Ocop.Web.Features.Fairs;

namespace Ocop.Tests.Features.Fairs;

public sealed class FairLayoutTests
{
    private static FairZone Zone(int columns, int rows) => new()
    {
        Code = "B", Name = "Khu OCOP", Kind = ZoneKind.KeyOcopRural, X = 10, Y = 4, Columns = columns, Rows = rows,
        BoothWidth = 3, BoothDepth = 4, AisleWidth = 2, Price = 3_000_000m, CornerPrice = 4_000_000m,
    };

    [Fact]
    public void Booths_AreNumberedRowByRow_WithCornersAtTheEndsOfEachRow()
    {
        var booths = FairLayout.Booths(Zone(columns: 4, rows: 2), fairId: 7);

        booths.Select(b => b.Code).ShouldBe(["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08"]);
        booths.Where(b => b.IsCorner).Select(b => b.Code).ShouldBe(["B01", "B04", "B05", "B08"]);
        booths.Where(b => b.IsCorner).ShouldAllBe(b => b.Price == 4_000_000m);
        booths.Where(b => !b.IsCorner).ShouldAllBe(b => b.Price == 3_000_000m);
        (booths[0].X, booths[0].Y, booths[0].Width, booths[0].Depth).ShouldBe((10, 4, 3, 4));
        (booths[3].X, booths[3].Y).ShouldBe((19, 4));
        (booths[4].X, booths[4].Y).ShouldBe((10, 10), "second row after the 4 m booth and the 2 m aisle");
        booths.ShouldAllBe(b => b.FairId == 7);
    }

    [Fact]
    public void HundredBoothsOrMore_GetThreeDigitCodes_AndASingleColumnIsAllCorners()
    {
        FairLayout.Booths(Zone(columns: 20, rows: 5), 1).Select(b => b.Code).ShouldContain("B100");
        FairLayout.Booths(Zone(columns: 20, rows: 5), 1)[0].Code.ShouldBe("B001");
        FairLayout.Booths(Zone(columns: 1, rows: 3), 1).ShouldAllBe(b => b.IsCorner);
    }

    [Fact]
    public void Footprint_CoversTheRowsAndAislesBetweenThem_AndOverlapIsStrict()
    {
        var area = FairLayout.Footprint(Zone(columns: 4, rows: 3));
        area.ShouldBe(new FairLayout.Area(10, 4, 12, 16)); // 3 × 4 m deep + 2 aisles of 2 m
        area.Overlaps(new FairLayout.Area(22, 4, 5, 5)).ShouldBeFalse("touching edges is not overlapping");
        area.Overlaps(new FairLayout.Area(21, 19, 5, 5)).ShouldBeTrue();
        area.Overlaps(new FairLayout.Area(0, 20, 50, 3)).ShouldBeFalse();
    }
}
