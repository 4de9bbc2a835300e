using PdfSharp.Drawing;

namespace Ocop.Web.Infrastructure.Pdf;

/// <summary>Draws a QR code (from <see cref="QrCodes.Modules"/>) as vector squares: sharp at any print size.</summary>
public static class PdfQr
{
    public static void Draw(XGraphics gfx, bool[][] modules, double x, double y, double size)
    {
        var cell = size / modules.Length;
        for (var row = 0; row < modules.Length; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (modules[row][column])
                {
                    // A hair wider than the cell, so neighbouring squares leave no white seam.
                    gfx.DrawRectangle(XBrushes.Black, x + (column * cell), y + (row * cell), cell + 0.03, cell + 0.03);
                }
            }
        }
    }
}
