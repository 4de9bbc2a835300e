using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>
/// The results list of a closed round as officials file it (Danh sách kết quả đánh giá, phân hạng):
/// one row per product with each member's total, the average, the spread, the class and remarks.
/// The document is in Vietnamese whatever the reader's UI language: it is an official record.
/// </summary>
public sealed record BatchResultsReport(
    string Authority, string CouncilName, string Title, string Subtitle, IReadOnlyList<string> Members,
    IReadOnlyList<BatchResultsRow> Rows, string ClosedNote);

public sealed record BatchResultsRow(
    int Number, string ProductName, string ProducerName, string Address, string ProductSet,
    IReadOnlyList<int?> MemberTotals, decimal? Average, int? Spread, int? Stars, string Remarks)
{
    public string AverageText => Average?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    public string StarsText => Stars is { } s ? $"{s} sao" : "Không xếp hạng";
}

/// <summary>Builds <see cref="BatchResultsReport"/> from a closed batch's details and the producers' addresses.</summary>
public sealed class BatchResultsReports(OcopDbContext db, Criteria.CriteriaCatalog catalog)
{
    public async Task<BatchResultsReport> BuildAsync(BatchDetails batch, CancellationToken ct)
    {
        var productIds = batch.Entries.Select(e => e.ProductId).ToList();
        var addresses = await db.Products.AsNoTracking().IgnoreQueryFilters()
            .Where(p => productIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                Commune = db.Communes.Where(c => c.Code == p.Producer!.CommuneCode).Select(c => c.Name).FirstOrDefault(),
                Province = db.Provinces.Where(c => c.Code == p.Producer!.ProvinceCode).Select(c => c.Name).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, p => string.Join(", ", new[] { p.Commune, p.Province }.Where(x => x is not null)), ct);

        var scorers = batch.Council.Where(s => batch.Entries.Any(e => e.MemberTotals.Any(m => m.Email == s.Email))).ToList();
        var rows = batch.Entries
            .OrderByDescending(e => e.Average).ThenBy(e => e.ProductName, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))
            .Select((e, i) => new BatchResultsRow(
                i + 1, e.ProductName, e.ProducerName, addresses.GetValueOrDefault(e.ProductId) ?? "", e.ProductSetName,
                [.. scorers.Select(s => e.MemberTotals.FirstOrDefault(m => m.Email == s.Email)?.Total)],
                e.Average, e.Spread, e.Stars, Remarks(e)))
            .ToList();

        var levelName = batch.Level switch
        {
            Criteria.GovernmentLevel.National => "CẤP TRUNG ƯƠNG",
            Criteria.GovernmentLevel.Province => "CẤP TỈNH",
            Criteria.GovernmentLevel.District => "CẤP HUYỆN",
            _ => "CẤP XÃ",
        };
        var authority = batch.ProvinceName is null ? "BAN CHỈ ĐẠO TRUNG ƯƠNG CHƯƠNG TRÌNH OCOP" : $"ỦY BAN NHÂN DÂN {batch.ProvinceName.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}";
        var chair = batch.Council.FirstOrDefault(s => s.Role == CouncilRole.Chair);
        var closed = batch.ClosedAt is { } at
            ? $"Kết thúc vòng chấm ngày {VietnamTime.Format(DateOnly.FromDateTime(VietnamTime.ToLocal(at)))}; bộ tiêu chí {batch.CriteriaVersion}; quy trình {catalog.Regime(batch.RegimeCode)?.Name ?? batch.RegimeName}."
            : "";
        return new BatchResultsReport(
            authority,
            $"HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP {levelName}",
            "DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP",
            $"{batch.Name} (năm {batch.Year}){(chair is null ? "" : $" — Chủ tịch hội đồng: {chair.DisplayName ?? chair.Email}")}",
            [.. scorers.Select(s => s.DisplayName ?? s.Email)],
            rows,
            closed);
    }

    private static string Remarks(EntryItem e)
    {
        var notes = new List<string>();
        if (e.KnockedOutBy.Count > 0)
        {
            notes.Add($"Bị loại theo tiêu chí {Criteria.ScorecardDefinition.Describe(e.KnockedOutBy)}");
        }

        if (e.IsNationalCandidate)
        {
            notes.Add("Tiềm năng 5 sao, đề nghị đánh giá cấp trung ương");
        }

        if (e.HeldBackBy.Count > 0)
        {
            notes.Add($"Hạng bị giới hạn bởi tiêu chí {string.Join(", ", e.HeldBackBy)}");
        }

        if (e.NeedsDiscussion)
        {
            notes.Add("Điểm giữa các thành viên chênh lệch lớn: cần thảo luận");
        }

        if (!e.IsCertifiable && e.KnockedOutBy.Count == 0)
        {
            notes.Add("Không đủ hạng công nhận");
        }

        return string.Join("; ", notes);
    }
}
