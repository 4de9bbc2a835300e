using PdfSharp.Drawing;

namespace Ocop.Web.Infrastructure.Pdf;

/// <summary>Five-pointed stars drawn as polygons: Noto Sans has no ★ glyph.</summary>
public static class PdfStars
{
    public static void Draw(XGraphics gfx, XBrush brush, double cx, double cy, double radius)
    {
        var points = Enumerable.Range(0, 10).Select(i =>
        {
            var r = i % 2 == 0 ? radius : radius * 0.45;
            var angle = (Math.PI / 5 * i) - (Math.PI / 2);
            return new XPoint(cx + (r * Math.Cos(angle)), cy + (r * Math.Sin(angle)));
        }).ToArray();
        gfx.DrawPolygon(brush, points, XFillMode.Winding);
    }

    /// <summary>A row of <paramref name="count"/> stars starting at <paramref name="x"/>, centred on <paramref name="cy"/>.</summary>
    public static void Row(XGraphics gfx, XBrush brush, int count, double x, double cy, double radius)
    {
        for (var i = 0; i < count; i++)
        {
            Draw(gfx, brush, x + radius + (i * radius * 2.3), cy, radius);
        }
    }
}
