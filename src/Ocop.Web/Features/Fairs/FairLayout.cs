namespace Ocop.Web.Features.Fairs;

/// <summary>
/// How a zone block becomes booths on the hall grid (metres): <c>Rows</c> rows of <c>Columns</c> booths side by
/// side, an aisle between rows. The first and last booth of a row are corners (open on two sides).
/// </summary>
public static class FairLayout
{
    public readonly record struct Area(int X, int Y, int Width, int Depth)
    {
        public bool Overlaps(Area other) =>
            X < other.X + other.Width && other.X < X + Width && Y < other.Y + other.Depth && other.Y < Y + Depth;
    }

    public static Area Footprint(int x, int y, int columns, int rows, int boothWidth, int boothDepth, int aisle) =>
        new(x, y, columns * boothWidth, (rows * boothDepth) + ((rows - 1) * aisle));

    public static Area Footprint(FairZone zone) =>
        Footprint(zone.X, zone.Y, zone.Columns, zone.Rows, zone.BoothWidth, zone.BoothDepth, zone.AisleWidth);

    /// <summary>The zone's booths, numbered row by row (A01, A02…; three digits from 100 booths on).</summary>
    public static List<Booth> Booths(FairZone zone, int fairId)
    {
        var count = zone.Columns * zone.Rows;
        var digits = count >= 100 ? "000" : "00";
        var booths = new List<Booth>(count);
        for (var row = 0; row < zone.Rows; row++)
        {
            for (var column = 0; column < zone.Columns; column++)
            {
                var corner = column == 0 || column == zone.Columns - 1;
                booths.Add(new Booth
                {
                    FairId = fairId,
                    Code = zone.Code + ((row * zone.Columns) + column + 1).ToString(digits, System.Globalization.CultureInfo.InvariantCulture),
                    X = zone.X + (column * zone.BoothWidth),
                    Y = zone.Y + (row * (zone.BoothDepth + zone.AisleWidth)),
                    Width = zone.BoothWidth,
                    Depth = zone.BoothDepth,
                    IsCorner = corner,
                    Price = corner ? zone.CornerPrice : zone.Price,
                });
            }
        }

        return booths;
    }
}
