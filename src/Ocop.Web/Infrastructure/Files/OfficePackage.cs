using System.IO.Compression;

namespace Ocop.Web.Infrastructure.Files;

/// <summary>
/// An upload named .docx or .xlsx must be an Office Open XML package, not any ZIP: a readable archive with the
/// package's content types and the main part of its kind (the document, the workbook).
/// </summary>
public static class OfficePackage
{
    public static bool IsValid(byte[] content, string extension)
    {
        var mainPart = extension switch
        {
            ".docx" => "word/document.xml",
            ".xlsx" => "xl/workbook.xml",
            _ => null,
        };
        if (mainPart is null)
        {
            return false;
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return archive.GetEntry("[Content_Types].xml") is not null && archive.GetEntry(mainPart) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
