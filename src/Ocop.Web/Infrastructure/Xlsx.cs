using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ocop.Web.Infrastructure;

/// <summary>A worksheet to write: rows of cells (string, int, decimal or null); rows listed in <paramref name="BoldRows"/> are bold.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<double> ColumnWidths, IReadOnlySet<int> BoldRows);

/// <summary>
/// Minimal .xlsx writing and reading over the Open XML SDK: plain cells, bold rows, column widths.
/// Reading takes what Excel or LibreOffice saves back (shared strings, inline strings, numbers).
/// </summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The first custom number format id (0-163 are built in).</summary>
    private const uint DateFormatId = 164;

    public static byte[] Write(params XlsxSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            AddStyles(workbookPart);
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var columns = new Columns(sheet.ColumnWidths.Select((width, i) =>
                    new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true }));
                var data = new SheetData();
                for (var r = 0; r < sheet.Rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)r + 1 };
                    for (var c = 0; c < sheet.Rows[r].Count; c++)
                    {
                        if (ToCell(sheet.Rows[r][c], $"{ColumnName(c)}{r + 1}", sheet.BoldRows.Contains(r)) is { } cell)
                        {
                            row.Append(cell);
                        }
                    }

                    data.Append(row);
                }

                worksheetPart.Worksheet = sheet.ColumnWidths.Count > 0 ? new Worksheet(columns, data) : new Worksheet(data);
                workbookPart.Workbook.Sheets!.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = sheet.Name });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The first worksheet's cells as text, by row (1-based in messages, 0-based here); empty cells are "".</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ReadFirstSheet(Stream stream) => ReadFirstSheetWithProblems(stream).Rows;

    /// <summary>
    /// The first worksheet's cells as text, and what a list import refuses: the cells holding formulas and the merged
    /// ranges (as A1 references).
    /// </summary>
    public static (IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Formulas, IReadOnlyList<string> Merged) ReadFirstSheetWithProblems(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("No workbook.");
        var first = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("No worksheet.");
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(first.Id!)).Worksheet;
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<IReadOnlyList<string>>();
        var formulas = new List<string>();
        foreach (var row in worksheet.Descendants<Row>())
        {
            var index = (int)(row.RowIndex?.Value ?? (uint)rows.Count + 1) - 1;
            while (rows.Count < index)
            {
                rows.Add([]);
            }

            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                if (cell.CellFormula is not null)
                {
                    formulas.Add(cell.CellReference?.Value ?? $"{ColumnName(column)}{index + 1}");
                }

                cells.Add(CellText(cell, shared));
            }

            rows.Add(cells);
        }

        var merged = worksheet.Descendants<MergeCell>().Select(m => m.Reference?.Value ?? "").Where(r => r.Length > 0).ToList();
        return (rows, formulas, merged);
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var i) && i < shared.Count)
        {
            return shared[i].Trim();
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return (cell.InlineString?.InnerText ?? "").Trim();
        }

        return (cell.CellValue?.Text ?? "").Trim();
    }

    private static Cell? ToCell(object? value, string reference, bool bold)
    {
        var style = bold ? 1u : 0u;
        return value switch
        {
            null => null,
            // A date is Excel's serial number shown as dd/mm/yyyy (the Vietnamese order), so it sorts and filters as a date.
            DateOnly date => new Cell
            {
                CellReference = reference, StyleIndex = bold ? 3u : 2u,
                CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number,
            },
            // A decimal read back from SQLite carries a trailing ".0" (stored as text); the cell holds the plain number.
            decimal d => new Cell
            {
                CellReference = reference, StyleIndex = style,
                CellValue = new CellValue(d.ToString("0.############################", CultureInfo.InvariantCulture)), DataType = CellValues.Number,
            },
            int or long or double => new Cell
            {
                CellReference = reference, StyleIndex = style,
                CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!), DataType = CellValues.Number,
            },
            _ => new Cell
            {
                CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(value.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }),
            },
        };
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat { Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true },
                new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true },
                new CellFormat { NumberFormatId = DateFormatId, ApplyNumberFormat = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true },
                new CellFormat { NumberFormatId = DateFormatId, ApplyNumberFormat = true, FontId = 1, ApplyFont = true }));
    }

    /// <summary>"A" for 0, "Z" for 25, "AA" for 26.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return index - 1;
    }
}
