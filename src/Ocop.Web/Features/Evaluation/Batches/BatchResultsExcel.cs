using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>The results list as one worksheet: the heading lines, one column per member's total, signatures.</summary>
public static class BatchResultsExcel
{
    /// <summary>Row index (0-based) of the table header; the products follow it.</summary>
    public const int HeaderRow = 6;

    public static byte[] Write(BatchResultsReport report)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { report.Authority },
            new object?[] { report.CouncilName },
            Array.Empty<object?>(),
            new object?[] { report.Title },
            new object?[] { report.Subtitle },
            Array.Empty<object?>(),
            new object?[] { "STT", "Tên sản phẩm", "Chủ thể", "Địa chỉ", "Bộ sản phẩm" }
                .Concat(report.Members.Select(m => (object?)$"Điểm của {m}"))
                .Concat(["Điểm trung bình", "Chênh lệch", "Hạng", "Ghi chú"]).ToList(),
        };
        foreach (var row in report.Rows)
        {
            rows.Add(new object?[] { row.Number, row.ProductName, row.ProducerName, row.Address, row.ProductSet }
                .Concat(row.MemberTotals.Select(t => (object?)t))
                .Concat([row.Average, row.Spread, row.StarsText, row.Remarks]).ToList());
        }

        rows.Add([]);
        rows.Add([report.ClosedNote]);
        rows.Add([]);
        var signatures = rows.Count;
        rows.Add(["", "THƯ KÝ HỘI ĐỒNG", "", "", "CHỦ TỊCH HỘI ĐỒNG"]);

        var widths = new List<double> { 6, 34, 30, 30, 26 };
        widths.AddRange(report.Members.Select(_ => 14.0));
        widths.AddRange([12, 11, 16, 48]);
        return Xlsx.Write(new XlsxSheet("Kết quả", rows, widths, new HashSet<int> { 0, 1, 3, HeaderRow, signatures }));
    }
}
