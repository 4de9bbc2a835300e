using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Import;

/// <summary>The first sheet of an uploaded list as text cells, with what the import refuses: formulas and merged cells (as A1 references).</summary>
public sealed record SheetData(IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Formulas, IReadOnlyList<string> MergedRanges);

/// <summary>
/// Reads a .xlsx (Office Open XML) or a .csv (UTF-8, comma or semicolon separated) list, recognised by its
/// content, not its name. Anything else — an old .xls, a PDF, a picture — is refused with a message key.
/// Numbers are kept as written in the file; a date stored by Excel arrives as its serial number, which the
/// date fields understand.
/// </summary>
public static class SpreadsheetFile
{
    public static (SheetData? Sheet, string? ErrorKey) Read(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, "Validation.Import.Empty");
        }

        if (bytes is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            try
            {
                return (ReadXlsx(bytes), null);
            }
            catch (TooLargeException)
            {
                return (null, "Validation.Import.Unpacked");
            }
            catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or InvalidOperationException or FileFormatException)
            {
                return (null, "Validation.Import.NotSpreadsheet");
            }
        }

        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            return (null, "Validation.Import.OldExcel");
        }

        return LooksLikeText(bytes) ? (ReadCsv(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), null) : (null, "Validation.Import.NotSpreadsheet");
    }

    /// <summary>No NUL bytes and valid UTF-8 in the first 4 KB (a multi-byte character cut at the probe's end is dropped).</summary>
    private static bool LooksLikeText(byte[] bytes)
    {
        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        if (probe.Contains((byte)0))
        {
            return false;
        }

        for (var cut = 0; cut < 3 && probe.Length < bytes.Length && probe.Length > 0 && probe[^1] >= 0x80; cut++)
        {
            probe = probe[..^1];
        }

        try
        {
            _ = new UTF8Encoding(false, true).GetString(probe);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// What an .xlsx may unpack to: a few megabytes of compressed XML can expand a hundredfold (one 50 MB cell in a 53 KB
    /// file). A province's list of thousands of rows unpacks to a few megabytes.
    /// </summary>
    public const long MaxUnpackedBytes = 40 * 1024 * 1024;

    private static SheetData ReadXlsx(byte[] bytes)
    {
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes), System.IO.Compression.ZipArchiveMode.Read))
        {
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw new TooLargeException();
            }
        }

        using var stream = new MemoryStream(bytes);
        var (rows, formulas, merged) = Xlsx.ReadFirstSheetWithProblems(stream);
        return new SheetData(rows, formulas, merged);
    }

    /// <summary>RFC 4180 with the separator Vietnamese Excel writes (";" when the header has more of them than commas).</summary>
    private static SheetData ReadCsv(string text)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var n and >= 0 ? n : text.Length));
        var separator = firstLine.Count(';') > firstLine.Count(',') ? ';' : ',';
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(CsvCell(cell));
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(CsvCell(cell));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(CsvCell(cell));
            rows.Add(row);
        }

        return new SheetData(rows, [], []);
    }

    /// <summary>A cell's text; the apostrophe our CSV export puts before "=", "+", "-" or "@" (so spreadsheets do not run it) is dropped.</summary>
    private static string CsvCell(StringBuilder cell)
    {
        var text = cell.ToString().Trim();
        return text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' ? text[1..] : text;
    }

    private sealed class TooLargeException : Exception;
}
