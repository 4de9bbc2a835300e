using System.Globalization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Pdf;

namespace Ocop.Web.Features.Programme;

/// <summary>
/// The province's programme report for a year — the ministry's format: targets with actual, expected by now,
/// percentage and status; the year's figures; rated products by stars and by group with totals — as a formatted
/// workbook and an A4 landscape PDF. Built from the dashboard, so both say the same.
/// </summary>
public static class ProgrammeReportExports
{
    private static readonly string[] TargetHeaders = ["Chỉ tiêu", "Địa bàn", "Thời hạn", "Mục tiêu", "Thực hiện", "Cần đạt đến nay", "Tỷ lệ (%)", "Đánh giá"];
    private static readonly string[] StarHeaders = ["", "3 sao", "4 sao", "5 sao", "Tổng"];

    public static string Title(ProvinceDashboard d) => $"BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM {d.Year} — {d.ProvinceName.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}";

    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => "Đã đạt",
        TargetStatus.OnTrack => "Đúng tiến độ",
        TargetStatus.AtRisk => "Có nguy cơ",
        _ => "Không đạt",
    };

    private static string When(TargetItem t) => $"{VietnamTime.Format(t.StartsOn)} – {VietnamTime.Format(t.DueOn)}";

    /// <summary>The goal in words ("tối thiểu 161", "80 – 130", "đúng 2"): the report's font has no "≥".</summary>
    public static string Goal(TargetItem t) => t.Kind switch
    {
        TargetKind.Range => $"{N(t.Value)} – {N(t.UpperValue ?? t.Value)}",
        TargetKind.Exact => $"đúng {N(t.Value)}",
        _ => $"tối thiểu {N(t.Value)}",
    };

    private static DashboardChart Chart(ProvinceDashboard d, string key) => d.Charts.Single(c => c.Key == key);

    public static byte[] Excel(ProvinceDashboard d)
    {
        var rows = new List<IReadOnlyList<object?>>();
        var bold = new HashSet<int>();
        void Add(IReadOnlyList<object?> row, bool isBold = false)
        {
            if (isBold)
            {
                bold.Add(rows.Count);
            }

            rows.Add(row);
        }

        Add([Title(d)], true);
        Add(["Số liệu đến ngày", d.AsOf]);
        Add([]);
        Add(["I. CHỈ TIÊU"], true);
        Add(TargetHeaders, true);
        foreach (var t in d.Targets)
        {
            Add([t.MetricName ?? t.MetricKey, t.CommuneName ?? "Toàn tỉnh", When(t), Goal(t), t.Progress.Actual, t.Progress.Expected, t.Progress.Percent, Status(t.Progress.Status)]);
        }

        Add([$"Đạt {d.Targets.Count(t => t.Progress.Status == TargetStatus.Met)}/{d.Targets.Count} chỉ tiêu"], true);
        Add([]);
        Add(["II. SỐ LIỆU NĂM " + d.Year.ToString(CultureInfo.InvariantCulture)], true);
        foreach (var m in d.Metrics)
        {
            Add([m.Name, m.Value]);
        }

        foreach (var key in new[] { "starsByYear", "byGroup" })
        {
            var chart = Chart(d, key);
            Add([]);
            Add([(key == "starsByYear" ? "III. " : "IV. ") + chart.Title.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))], true);
            Add([chart.LabelHeader, .. StarHeaders[1..]], true);
            foreach (var r in chart.Rows)
            {
                Add([r.Label, .. r.Values.Cast<object?>(), r.Total]);
            }

            if (key == "byGroup")
            {
                Add(["Tổng cộng", .. Enumerable.Range(0, 3).Select(i => (object?)chart.Rows.Sum(r => r.Values[i])), chart.Rows.Sum(r => r.Total)], true);
            }
        }

        return Xlsx.Write(new XlsxSheet("Bao cao", rows, [44, 18, 24, 14, 12, 14, 10, 14], bold));
    }

    public static byte[] Pdf(ProvinceDashboard d)
    {
        using var pdf = new PdfReport(Title(d), landscape: true);
        pdf.Line($"Số liệu đến ngày {VietnamTime.Format(d.AsOf)}");
        pdf.Gap(8);
        pdf.Line("I. Chỉ tiêu", bold: true);
        var widths = pdf.Columns(90, 120, 80, 60, 95, 50, 85);
        pdf.Row(TargetHeaders, widths, bold: true, shaded: true, leftColumns: 3);
        foreach (var t in d.Targets)
        {
            pdf.Row([t.MetricName ?? t.MetricKey, t.CommuneName ?? "Toàn tỉnh", When(t), Goal(t), N(t.Progress.Actual), N(t.Progress.Expected), N(t.Progress.Percent), Status(t.Progress.Status)], widths, leftColumns: 3);
        }

        pdf.Line($"Đạt {d.Targets.Count(t => t.Progress.Status == TargetStatus.Met)}/{d.Targets.Count} chỉ tiêu.");
        pdf.Gap(8);
        pdf.Line($"II. Số liệu năm {d.Year}", bold: true);
        var metricWidths = pdf.Columns(120);
        foreach (var m in d.Metrics)
        {
            pdf.Row([m.Name, MetricFormat.Value(m.Value, m.Unit)], metricWidths);
        }

        var group = Chart(d, "byGroup");
        pdf.Gap(8);
        pdf.Line("III. " + group.Title, bold: true);
        var starWidths = pdf.Columns(70, 70, 70, 80);
        pdf.Row([group.LabelHeader, .. StarHeaders[1..]], starWidths, bold: true, shaded: true);
        foreach (var r in group.Rows)
        {
            pdf.Row([r.Label, .. r.Values.Select(N), N(r.Total)], starWidths);
        }

        pdf.Row(["Tổng cộng", .. Enumerable.Range(0, 3).Select(i => N(group.Rows.Sum(r => r.Values[i]))), N(group.Rows.Sum(r => r.Total))], starWidths, bold: true, shaded: true);
        pdf.Gap(16);
        pdf.Signatures("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ");
        return pdf.ToArray();
    }

    private static string N(decimal value) => value.ToString("#,0.#", CultureInfo.GetCultureInfo("vi-VN"));

    private static string N(int value) => value.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"));
}
