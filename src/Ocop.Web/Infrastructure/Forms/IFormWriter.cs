namespace Ocop.Web.Infrastructure.Forms;

/// <summary>
/// Writes an administrative form top to bottom (Nghị định 30/2020 layout): the issuing body beside the national motto,
/// a centred title, labelled paragraphs, ruled tables, a signature block. One form's content is written once and comes
/// out as PDF (<see cref="Pdf.PdfForm"/>) or as a Word document officials edit (<see cref="DocxForm"/>).
/// </summary>
public interface IFormWriter : IDisposable
{
    /// <summary>The issuing body's lines on the left (none for a producer's form: the motto stands alone, centred).</summary>
    void Header(IReadOnlyList<string> body);

    void Title(string title, params string[] subtitle);

    /// <summary>A paragraph; <paramref name="label"/>, if any, in bold before the text.</summary>
    void Paragraph(string text, string? label = null, double indent = 0, bool italic = false);

    /// <summary>A ruled table; <paramref name="widths"/> are shares of the line's width.</summary>
    void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double> widths);

    /// <summary>The place and date, the signing capacity, a note such as "(Ký, đóng dấu)" and the signer, on the right.</summary>
    void Signature(string placeAndDate, string capacity, string? note, string? name);

    byte[] ToArray();
}
