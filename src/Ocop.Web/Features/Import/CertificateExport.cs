using System.Globalization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Import;

/// <summary>
/// The area's OCOP certificates (issued on the platform) as a formatted list: .xlsx with bold headers, widths,
/// dd/mm/yyyy dates, a totals row and a summary sheet by stars and status; or CSV. Optionally one status only.
/// </summary>
public sealed class CertificateExport(CertificateService certificates)
{
    public static readonly string[] Headers =
    [
        "Số chứng nhận", "Sản phẩm", "Chủ thể", "Hạng sao", "Điểm", "Quyết định", "Ngày ký quyết định", "Người ký", "Cơ quan cấp",
        "Ngày cấp", "Hết hạn", "Trạng thái", "Ngày thu hồi", "Lý do thu hồi", "Thay cho", "Bộ tiêu chí",
    ];

    private static readonly double[] Widths = [16, 34, 34, 9, 8, 18, 14, 26, 30, 12, 12, 14, 13, 30, 16, 12];

    /// <summary>The certificates of the province's products (a commune's when given), by number; optionally of one status.</summary>
    public Task<IReadOnlyList<CertificateItem>> RowsAsync(string provinceCode, string? communeCode, CertificateStatus? status, CancellationToken ct) =>
        // Read as an officer of exactly that area (the national administrator's own scope would span every province).
        certificates.AllAsync(new UserScope(false, provinceCode, communeCode, null, true, null, null), status, ct);

    public static string StatusName(CertificateStatus status) => status switch
    {
        CertificateStatus.Expiring => "Sắp hết hạn",
        CertificateStatus.Expired => "Hết hạn",
        CertificateStatus.Revoked => "Đã thu hồi",
        _ => "Còn hiệu lực",
    };

    public static byte[] Xlsx(IReadOnlyList<CertificateItem> rows, string provinceName, DateOnly today)
    {
        var list = new List<IReadOnlyList<object?>>();
        list.Add(Headers);
        list.AddRange(rows.Select(r => (IReadOnlyList<object?>)[
            r.Number, r.ProductName, r.ProducerName, r.Stars, r.Points, r.DecisionNumber, r.DecisionSignedOn, r.Signer, r.IssuingAuthority,
            r.IssuedOn, r.ExpiresOn, StatusName(r.Status), r.RevokedOn, r.RevocationReason, r.ReplacesNumber, r.CriteriaVersion]));
        list.Add([$"Tổng cộng: {rows.Count} giấy chứng nhận"]);

        var summary = new List<IReadOnlyList<object?>>();
        summary.Add([$"Giấy chứng nhận OCOP — {provinceName}"]);
        summary.Add(["Ngày xuất", today]);
        summary.Add([]);
        var statuses = Enum.GetValues<CertificateStatus>();
        summary.Add(["Hạng", .. statuses.Select(StatusName), "Tổng cộng"]);
        foreach (var stars in new[] { 3, 4, 5 })
        {
            summary.Add([$"{stars} sao", .. statuses.Select(s => (object?)rows.Count(r => r.Stars == stars && r.Status == s)), rows.Count(r => r.Stars == stars)]);
        }

        summary.Add(["Tổng cộng", .. statuses.Select(s => (object?)rows.Count(r => r.Status == s)), rows.Count]);
        return Infrastructure.Xlsx.Write(
            new XlsxSheet("Giấy chứng nhận", list, Widths, new HashSet<int> { 0, list.Count - 1 }),
            new XlsxSheet("Tổng hợp", summary, [28, 14, 14, 12, 13, 12], new HashSet<int> { 0, 3, summary.Count - 1 }));
    }

    public static byte[] Csv(IReadOnlyList<CertificateItem> rows) =>
        Infrastructure.Csv.Write([Headers, .. rows.Select(r => (IReadOnlyList<string?>)[
            r.Number, r.ProductName, r.ProducerName, r.Stars.ToString(CultureInfo.InvariantCulture), Infrastructure.Csv.Number(r.Points), r.DecisionNumber,
            Date(r.DecisionSignedOn), r.Signer, r.IssuingAuthority, Date(r.IssuedOn), Date(r.ExpiresOn), StatusName(r.Status), Date(r.RevokedOn),
            r.RevocationReason, r.ReplacesNumber, r.CriteriaVersion])]);

    private static string? Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
