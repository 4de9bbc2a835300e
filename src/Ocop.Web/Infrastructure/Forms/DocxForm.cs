using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ocop.Web.Infrastructure.Forms;

/// <summary>
/// A form as a Word document (.docx) officials can edit before signing: A4, Times New Roman 13 pt as administrative
/// documents use, the header and the signature as borderless two-column tables.
/// </summary>
public sealed class DocxForm : IFormWriter
{
    private const string Font = "Times New Roman";
    private const int LineWidth = 9638; // A4 (11906 twips) less two margins of 2 cm (1134 twips)
    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly Body _body = new();
    private bool _closed;

    public DocxForm(string title)
    {
        _document = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        _document.AddMainDocumentPart().Document = new Document(_body);
        _document.PackageProperties.Title = title;
    }

    public void Header(IReadOnlyList<string> body)
    {
        // 12 pt, as Nghị định 30/2020 sets the motto and the issuing body's name.
        var motto = new[] { Centred(Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24)), Centred(Run("Độc lập - Tự do - Hạnh phúc", bold: true, size: 24)), Centred(Run("---------------")) };
        if (body.Count == 0)
        {
            _body.Append(motto);
        }
        else
        {
            _body.Append(Grid([0.42, 0.58], false, [[.. body.Select(line => Centred(Run(line, bold: true, size: 24)))], motto]));
        }

        _body.Append(new Paragraph());
    }

    public void Title(string title, params string[] subtitle)
    {
        _body.Append(Centred(Run(title, bold: true, size: 28)));
        _body.Append(subtitle.Select(line => Centred(Run(line, bold: true))));
        _body.Append(new Paragraph());
    }

    public void Paragraph(string text, string? label = null, double indent = 0, bool italic = false)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { After = "60" }, new Indentation { Left = ((int)(indent * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        if (label is not null)
        {
            paragraph.Append(Run(label + (text.Length > 0 ? " " : ""), bold: true));
        }

        paragraph.Append(Run(text, italic: italic));
        _body.Append(paragraph);
    }

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double> widths)
    {
        var shares = widths.Select(w => w / widths.Sum()).ToList();
        var table = Grid(shares, true, [.. headers.Select(h => new[] { new Paragraph(Run(h, bold: true)) })]);
        foreach (var row in rows)
        {
            table.Append(Row(shares, [.. row.Select(cell => new[] { new Paragraph(Run(cell)) })]));
        }

        _body.Append(table, new Paragraph());
    }

    public void Signature(string placeAndDate, string capacity, string? note, string? name)
    {
        var lines = new List<Paragraph> { Centred(Run(placeAndDate, italic: true)), Centred(Run(capacity, bold: true)) };
        if (note is not null)
        {
            lines.Add(Centred(Run(note, italic: true)));
        }

        lines.AddRange([new Paragraph(), new Paragraph(), new Paragraph()]);
        if (name is not null)
        {
            lines.Add(Centred(Run(name, bold: true)));
        }

        _body.Append(Grid([0.42, 0.58], false, [[new Paragraph()], [.. lines]]));
    }

    public byte[] ToArray()
    {
        _body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        _document.Dispose();
        _closed = true;
        return _stream.ToArray();
    }

    public void Dispose()
    {
        if (!_closed)
        {
            _document.Dispose();
        }

        _stream.Dispose();
    }

    /// <summary>A table of one row whose cells hold the given paragraphs; ruled or not.</summary>
    private static Table Grid(IReadOnlyList<double> shares, bool ruled, IReadOnlyList<IReadOnlyList<Paragraph>> cells)
    {
        var value = ruled ? BorderValues.Single : BorderValues.None;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = LineWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    // The schema's order: top, left, bottom, right, then the inside lines.
                    new TopBorder { Val = value, Size = 4 }, new LeftBorder { Val = value, Size = 4 }, new BottomBorder { Val = value, Size = 4 },
                    new RightBorder { Val = value, Size = 4 }, new InsideHorizontalBorder { Val = value, Size = 4 }, new InsideVerticalBorder { Val = value, Size = 4 })),
            new TableGrid([.. shares.Select(s => new GridColumn { Width = Twips(s) })]));
        table.Append(Row(shares, cells));
        return table;
    }

    private static TableRow Row(IReadOnlyList<double> shares, IReadOnlyList<IReadOnlyList<Paragraph>> cells) =>
        new([.. cells.Select((content, i) => new TableCell(
            [new TableCellProperties(new TableCellWidth { Width = Twips(shares[i]), Type = TableWidthUnitValues.Dxa }), .. content]))]);

    private static string Twips(double share) => ((int)(share * LineWidth)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Paragraph Centred(Run run) =>
        new(new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }), run);

    /// <summary>A run of text in the form's font; line breaks in the text become breaks in the run.</summary>
    private static Run Run(string text, bool bold = false, bool italic = false, int size = 26)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var run = new Run(properties);
        foreach (var (line, i) in text.Split('\n').Select((l, i) => (l, i)))
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(line) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }
}
