using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Import;

/// <summary>Lists as provinces send them, written in the test: plain sheets, and sheets with a formula or merged cells.</summary>
internal static class ImportFiles
{
    public static readonly string[] Header = ["STT", "Tên sản phẩm", "Tên chủ thể", "Loại hình", "Mã số thuế", "Xã, phường", "Bộ sản phẩm", "Mã GTIN", "Hạng sao", "Số quyết định công nhận", "Ngày công nhận"];

    public static byte[] Xlsx(IEnumerable<object?[]> rows, string? title = null)
    {
        var all = new List<IReadOnlyList<object?>>();
        if (title is not null)
        {
            all.Add([title]);
        }

        all.Add(Header);
        all.AddRange(rows);
        return Ocop.Web.Infrastructure.Xlsx.Write(new XlsxSheet("Danh sách", all, [.. Header.Select(_ => 20d)], new HashSet<int>()));
    }

    public static byte[] Csv(IEnumerable<string[]> rows, char separator = ',') =>
        System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", new[] { Header }.Concat(rows).Select(r => string.Join(separator, r.Select(c => c.Contains(separator) ? $"\"{c}\"" : c)))));

    /// <summary>A sheet whose cell <paramref name="formulaCell"/> holds a formula and whose <paramref name="merged"/> range is merged.</summary>
    public static byte[] WithFormulaOrMerge(byte[] xlsx, string? formulaCell, string? merged)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            var sheetData = part.Worksheet.GetFirstChild<SheetData>()!;
            if (formulaCell is not null)
            {
                var cell = sheetData.Descendants<Cell>().First(c => c.CellReference == formulaCell);
                cell.CellFormula = new CellFormula("A2+1");
            }

            if (merged is not null)
            {
                part.Worksheet.InsertAfter(new MergeCells(new MergeCell { Reference = merged }), sheetData);
            }

            part.Worksheet.Save();
        }

        return stream.ToArray();
    }
}
