using System.Globalization;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>
/// A scorecard as an Excel sheet officers can correct and upload back: one row per part,
/// section, criterion and answer option, keyed by code. Reading reports every row it cannot
/// place, by row number, and changes nothing; the sums are then checked by the validator.
/// </summary>
public static class ScorecardExcel
{
    public const string Part = "Phần";
    public const string Section = "Mục";
    public const string Criterion = "Tiêu chí";
    public const string Option = "Mức";
    private const int HeaderRows = 4;
    private static readonly string[] Yes = ["có", "x", "1", "true", "yes"];

    private const string SheetKnockOut = "Hồ sơ bị loại khi";

    public static byte[] Write(ScorecardDetails card)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "Bộ sản phẩm", card.SetCode, card.SetName },
            new object?[] { "Bộ tiêu chí", card.CriteriaVersion, card.Decision },
            new object?[] { SheetKnockOut, card.Definition.KnockOut },
            new object?[] { "Mã", "Loại", "Nội dung", "Điểm", "Sao", "Chọn một", "Ghi chú", "Điều kiện loại" },
        };
        foreach (var part in card.Definition.Parts)
        {
            rows.Add([part.Code, Part, part.Title, part.MaxPoints]);
            foreach (var section in part.Sections)
            {
                rows.Add([section.Code, Section, section.Title, section.MaxPoints, null, section.ChooseOne ? "Có" : null, section.Note]);
                foreach (var criterion in section.Criteria.SelectMany(c => c.SelfAndDescendants()))
                {
                    rows.Add([criterion.Code, Criterion, criterion.Title, criterion.MaxPoints, criterion.MandatoryStarMark, null, criterion.Note, criterion.KnockOut]);
                    rows.AddRange(criterion.Options.Select(o => (IReadOnlyList<object?>)[criterion.Code, Option, o.Text, o.Points, o.StarMark]));
                }
            }
        }

        var guide = new List<IReadOnlyList<object?>>
        {
            new object?[] { "Cách sửa phiếu" },
            new object?[] { "Mỗi dòng là một Phần, Mục, Tiêu chí hoặc Mức (phương án trả lời). Mã cho biết vị trí: A.1 thuộc phần A, A.1.2 thuộc mục A.1, A.1.2.1 là tiêu chí con của A.1.2." },
            new object?[] { "Dòng Mức mang mã của tiêu chí ngay phía trên; cột Điểm là số nguyên không âm." },
            new object?[] { "Cột Sao ở dòng Mức: mức tối thiểu để đạt số sao đó; ở dòng Tiêu chí: tiêu chí bắt buộc từ số sao đó." },
            new object?[] { "Cột Chọn một ở dòng Mục: ghi \"Có\" nếu chỉ chấm một trong các trường hợp (mỗi tiêu chí là một trường hợp)." },
            new object?[] { "Điểm ở dòng Phần, Mục, Tiêu chí chỉ để xem; hệ thống tự cộng từ các mức. Điểm tối đa từng phần và tổng 100 phải đúng thì mới nhập được." },
            new object?[] { "Dòng thứ ba \"Hồ sơ bị loại khi\": điều kiện loại cả hồ sơ của phiếu (nếu có), thành viên hội đồng áp dụng như điều kiện loại của tiêu chí." },
            new object?[] { "Phiếu đã sửa cần được xác nhận lại là đã đối chiếu với phụ lục chính thức." },
        };
        return Xlsx.Write(
            new XlsxSheet("Phiếu đánh giá", rows, [12, 10, 90, 8, 6, 10, 50, 40], new HashSet<int> { 0, 3 }),
            new XlsxSheet("Hướng dẫn", guide, [120], new HashSet<int> { 0 }));
    }

    /// <summary>Reads an uploaded sheet for <paramref name="expectedSetCode"/>; errors name the row.</summary>
    public static (ScorecardDefinition? Definition, IReadOnlyList<string> Errors) Read(Stream stream, string expectedSetCode)
    {
        IReadOnlyList<IReadOnlyList<string>> rows;
        try
        {
            rows = Xlsx.ReadFirstSheet(stream);
        }
        catch (Exception e) when (e is InvalidDataException or System.IO.FileFormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidOperationException)
        {
            return (null, ["Tệp không phải bảng tính Excel (.xlsx) đọc được."]);
        }

        string Cell(int row, int column) => row < rows.Count && column < rows[row].Count ? rows[row][column] : "";
        var fileSet = Cell(0, 1);
        if (Cell(0, 0) != "Bộ sản phẩm" || Cell(3, 0) != "Mã")
        {
            return (null, ["Tệp không theo mẫu phiếu xuất từ hệ thống (thiếu dòng \"Bộ sản phẩm\" hoặc tiêu đề cột)."]);
        }

        if (!string.Equals(fileSet, expectedSetCode, StringComparison.OrdinalIgnoreCase))
        {
            return (null, [$"Tệp là phiếu của bộ {fileSet}, không phải bộ {expectedSetCode}."]);
        }

        var builder = new Builder();
        for (var r = HeaderRows; r < rows.Count; r++)
        {
            if (rows[r].All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            builder.Add(r + 1, Cell(r, 0), Cell(r, 1), Cell(r, 2), Cell(r, 3), Cell(r, 4), Cell(r, 5), Cell(r, 6), Cell(r, 7));
        }

        // The third row carries the sheet's own knock-out (empty in files exported before it existed).
        var sheetKnockOut = Cell(2, 0) == SheetKnockOut && Cell(2, 1).Trim() is { Length: > 0 } rule ? rule : null;
        return builder.Errors.Count > 0 ? (null, builder.Errors) : (builder.Build() with { KnockOut = sheetKnockOut }, []);
    }

    /// <summary>Collects rows into mutable nodes, then freezes them into the definition records.</summary>
    private sealed class Builder
    {
        private readonly List<PartNode> _parts = [];
        private CriterionNode? _lastCriterion;

        public List<string> Errors { get; } = [];

        public void Add(int row, string code, string kind, string text, string points, string star, string chooseOne, string note, string knockOut)
        {
            if (code.Length == 0)
            {
                Errors.Add($"Dòng {row}: thiếu mã.");
                return;
            }

            switch (kind)
            {
                case Part:
                    _parts.Add(new PartNode(code, text));
                    _lastCriterion = null;
                    break;
                case Section when _parts.LastOrDefault() is { } part && ParentOf(code) == part.Code:
                    part.Sections.Add(new SectionNode(code, text, Blank(note), Yes.Contains(chooseOne.ToLowerInvariant())));
                    _lastCriterion = null;
                    break;
                case Criterion when _parts.LastOrDefault()?.Sections.LastOrDefault() is { } section:
                    AddCriterion(row, section, code, text, star, note, knockOut);
                    break;
                case Option when _lastCriterion is { } criterion && criterion.Code == code:
                    AddOption(row, criterion, text, points, star);
                    break;
                case Section or Criterion or Option:
                    Errors.Add($"Dòng {row}: {kind.ToLowerInvariant()} {code} không nằm dưới {(kind == Option ? "tiêu chí" : kind == Section ? "phần" : "mục")} có mã tương ứng ở dòng trên.");
                    break;
                default:
                    Errors.Add($"Dòng {row}: loại \"{kind}\" không hợp lệ (chỉ dùng {Part}, {Section}, {Criterion}, {Option}).");
                    break;
            }
        }

        private void AddCriterion(int row, SectionNode section, string code, string text, string star, string note, string knockOut)
        {
            var parentCode = ParentOf(code);
            var node = new CriterionNode(code, text, Blank(note), Blank(knockOut), ParseStar(row, star));
            if (parentCode == section.Code)
            {
                section.Criteria.Add(node);
            }
            else if (section.Criteria.SelectMany(c => c.SelfAndDescendants()).FirstOrDefault(c => c.Code == parentCode) is { } parent)
            {
                parent.Sub.Add(node);
            }
            else
            {
                Errors.Add($"Dòng {row}: tiêu chí {code} không thuộc mục {section.Code} hay tiêu chí nào ở trên.");
                return;
            }

            _lastCriterion = node;
        }

        private void AddOption(int row, CriterionNode criterion, string text, string points, string star)
        {
            if (!int.TryParse(points, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) &&
                !(decimal.TryParse(points, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && (value = (int)d) == d))
            {
                Errors.Add($"Dòng {row}: điểm \"{points}\" phải là số nguyên.");
                return;
            }

            if (value < 0)
            {
                Errors.Add($"Dòng {row}: điểm không được âm.");
                return;
            }

            criterion.Options.Add(new ScoreOption(text, value, ParseStar(row, star)));
        }

        private int? ParseStar(int row, string star)
        {
            if (star.Length == 0)
            {
                return null;
            }

            if (int.TryParse(star, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 5)
            {
                return value;
            }

            Errors.Add($"Dòng {row}: cột Sao phải là số từ 1 đến 5.");
            return null;
        }

        public ScorecardDefinition Build() => new([.. _parts.Select(p => new ScorePart(p.Code, p.Title,
            [.. p.Sections.Select(s => new ScoreSection(s.Code, s.Title, s.Note, s.ChooseOne, [.. s.Criteria.Select(c => c.Freeze())]))]))]);

        private static string ParentOf(string code) => code.Contains('.', StringComparison.Ordinal) ? code[..code.LastIndexOf('.')] : "";

        private static string? Blank(string text) => text.Length == 0 ? null : text;
    }

    private sealed record PartNode(string Code, string Title)
    {
        public List<SectionNode> Sections { get; } = [];
    }

    private sealed record SectionNode(string Code, string Title, string? Note, bool ChooseOne)
    {
        public List<CriterionNode> Criteria { get; } = [];
    }

    private sealed record CriterionNode(string Code, string Title, string? Note, string? KnockOut, int? MandatoryStarMark)
    {
        public List<ScoreOption> Options { get; } = [];
        public List<CriterionNode> Sub { get; } = [];

        public IEnumerable<CriterionNode> SelfAndDescendants() => [this, .. Sub.SelectMany(c => c.SelfAndDescendants())];

        public ScoreCriterion Freeze() => new(Code, Title, Note, MandatoryStarMark, KnockOut, [.. Options], [.. Sub.Select(c => c.Freeze())]);
    }
}
