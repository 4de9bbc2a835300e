using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Forms;
using Ocop.Web.Infrastructure.Pdf;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Evaluation.Dossiers;

/// <summary>What the forms of Phụ lục III print about a dossier's producer, place and classification.</summary>
public sealed record DossierFormData(
    DossierDetails Dossier, string ProducerType, string? Representative, string? Address, string? Phone, string? Email, string? TaxCode,
    string CommuneCode, string CommuneName, string ProvinceCode, string ProvinceName, string Classification,
    Criteria.ScorecardDefinition? Scorecard);

/// <summary>
/// The forms of 26/2026 Phụ lục III generated from a dossier, as PDF in the decision's layout (or .docx to edit): the registration form
/// (Mẫu 01), the self-assessment report (Mẫu 02, with the self-assessed points criterion by criterion) and the commune's
/// report (Mẫu 03, once the commune has written it). Whoever may read the dossier may print them; they are always in Vietnamese.
/// </summary>
public sealed class DossierForms(OcopDbContext db, DossierService dossiers, IStringLocalizer<SharedResource> localizer)
{
    public static readonly int[] Numbers = [1, 2, 3];

    /// <param name="word">A Word document (.docx) officials edit, instead of the PDF.</param>
    public async Task<ServiceResult<(byte[] Content, string FileName)>> RenderAsync(int id, int number, bool word, UserScope scope, CancellationToken ct)
    {
        var data = await LoadAsync(id, scope, ct);
        if (data is null || !Numbers.Contains(number))
        {
            return ServiceResult<(byte[], string)>.NotFound();
        }

        if (number == 3 && data.Dossier.Report is null)
        {
            return ServiceResult<(byte[], string)>.Invalid("", "Validation.Dossier.NoCommuneReport");
        }

        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            var title = number switch
            {
                1 => $"Mẫu số 01 - Phiếu đăng ký - {data.Dossier.ProductName}",
                2 => $"Mẫu số 02 - Báo cáo tự đánh giá - {data.Dossier.ProductName}",
                _ => $"Mẫu số 03 - Báo cáo của UBND {data.CommuneName} - {data.Dossier.ProductName}",
            };
            using IFormWriter form = word ? new DocxForm(title) : new PdfForm(title);
            switch (number)
            {
                case 1: Registration(data, form); break;
                case 2: SelfAssessment(data, form); break;
                default: CommuneReport(data, form); break;
            }

            return ServiceResult<(byte[], string)>.Ok((form.ToArray(), $"mau-{number:00}-ho-so-{id}.{(word ? "docx" : "pdf")}"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private async Task<DossierFormData?> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await dossiers.GetAsync(id, scope, ct) is not { } d)
        {
            return null;
        }

        var p = await db.Producers.AsNoTracking().SingleAsync(x => x.Id == d.ProducerId, ct);
        var commune = await db.Communes.AsNoTracking().Where(c => c.Code == p.CommuneCode).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? p.CommuneCode;
        var province = await db.Provinces.AsNoTracking().Where(c => c.Code == p.ProvinceCode).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? p.ProvinceCode;
        var set = await db.ProductSets.AsNoTracking().Include(s => s.Group).SingleAsync(s => s.Id == d.ProductSetId, ct);
        var classification = string.Join(", ", new[] { set.Group?.Name, set.SubGroupName, $"{set.Code} {set.Name}" }.Where(x => !string.IsNullOrWhiteSpace(x)));
        var address = string.Join(", ", new[] { p.AddressLine, commune, province }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return new DossierFormData(
            d, localizer[$"ProducerType.{p.Type}"], p.LegalRepresentative, address, p.Phone, p.Email, p.TaxCode, p.CommuneCode, commune, p.ProvinceCode, province,
            classification, (await dossiers.ScorecardForAsync(id, scope, ct))?.Definition);
    }

    /// <summary>A unit's name inside a sentence: "Tỉnh Lâm Đồng" → "tỉnh Lâm Đồng", "Phường Phú Thủy" → "phường Phú Thủy".</summary>
    private static string InText(string unit) => unit.Length == 0 ? unit : char.ToLower(unit[0], CultureInfo.GetCultureInfo("vi-VN")) + unit[1..];

    private static string Blank(string? value) => string.IsNullOrWhiteSpace(value) ? "……………………" : value;

    private static string Tick(bool on) => on ? "[x]" : "[  ]";

    private static string DateLine(string place, DateOnly? on) => on is { } day
        ? $"{place}, ngày {day.Day:00} tháng {day.Month:00} năm {day.Year}"
        : $"{place}, ngày …… tháng …… năm ……";

    private void Registration(DossierFormData f, IFormWriter pdf)
    {
        var d = f.Dossier;
        var filed = d.SubmittedAt is { } at ? VietnamTime.ToDate(at) : (DateOnly?)null;
        pdf.Header([]);
        pdf.Title("PHIẾU ĐĂNG KÝ", "Tham gia đánh giá, phân hạng sản phẩm OCOP", $"của {InText(f.ProvinceName)} năm {(filed ?? VietnamTime.ToDate(d.Events[0].At)).Year}");
        pdf.Paragraph("", "1. Thông tin về đơn vị đăng ký:");
        pdf.Paragraph(d.ProducerName, "- Tên đơn vị:", 12);
        pdf.Paragraph(Blank(f.Representative), "- Họ tên người đại diện pháp lý:", 12);
        pdf.Paragraph(Blank(f.Address), "- Địa chỉ liên hệ:", 12);
        pdf.Paragraph($"{Blank(f.Phone)}    Email: {Blank(f.Email)}", "- Điện thoại:", 12);
        pdf.Paragraph(d.ProductName, "2. Tên sản phẩm:");
        pdf.Paragraph(f.Classification, "3. Nhóm sản phẩm đăng ký (Ngành, Nhóm, Phân nhóm):");
        pdf.Paragraph(
            $"Lần đầu {Tick(d.Kind == DossierKind.New)}    Nâng hạng {Tick(d.Kind == DossierKind.Upgrade)}    Đánh giá lại {Tick(d.Kind == DossierKind.ReEvaluation)}",
            "4. Lần đăng ký đánh giá:");
        pdf.Paragraph("", "5. Tài liệu kèm theo:");
        pdf.Paragraph("Báo cáo đánh giá về sản phẩm theo Bộ tiêu chí (bản gốc, bản điện tử).", "-", 12);
        foreach (var doc in d.Documents)
        {
            pdf.Paragraph($"{localizer[$"DocumentType.{doc.Type}"]}: {doc.FileName}", "-", 12);
        }

        pdf.Paragraph("Cam đoan những thông tin trong Phiếu đăng ký là đúng sự thật, chúng tôi xin cam kết tuân thủ các quy định về đánh giá, phân hạng "
            + "sản phẩm OCOP, chịu trách nhiệm trước Hội đồng và pháp luật về Hồ sơ đăng ký đánh giá, phân hạng sản phẩm.", italic: true);
        pdf.Signature(DateLine(f.CommuneName, filed), "ĐẠI DIỆN", "(Ký, đóng dấu, ghi rõ họ tên)", f.Representative);
        pdf.Paragraph("", "PHẦN DÀNH CHO CƠ QUAN QUẢN LÝ");
        var year = (filed ?? VietnamTime.ToDate(d.Events[0].At)).Year;
        foreach (var (heading, to) in new[] { ("DÀNH CHO ỦY BAN NHÂN DÂN CẤP XÃ", DossierStatus.Forwarded), ("DÀNH CHO CƠ QUAN QUẢN LÝ OCOP CẤP TỈNH", DossierStatus.Accepted) })
        {
            // The commune's intake is the step into Forwarded (26/2026) or straight into Accepted (older regimes).
            var received = d.Events.LastOrDefault(e => e.ToStatus == to)
                ?? (to == DossierStatus.Forwarded && d.ReceiptBasis is null ? d.Events.LastOrDefault(e => e.ToStatus == DossierStatus.Accepted) : null);
            pdf.Paragraph("", heading);
            pdf.Paragraph($"{d.Id}/PĐK-{f.ProvinceCode}-{f.CommuneCode}-{year}", "Phiếu số:", 12);
            pdf.Paragraph(received is null ? Blank(null) : VietnamTime.Format(received.At), "Ngày nhận:", 12);
            pdf.Paragraph(Blank(received?.UserName), "Người tiếp nhận:", 12);
        }

    }

    private void SelfAssessment(DossierFormData f, IFormWriter pdf)
    {
        var d = f.Dossier;
        pdf.Title("BÁO CÁO TỰ ĐÁNH GIÁ VỀ SẢN PHẨM", "(Dành cho chủ thể có sản phẩm đăng ký)");
        pdf.Title("Phần I", "THÔNG TIN CHUNG");
        pdf.Paragraph(d.ProducerName, "1. Tên chủ thể:");
        pdf.Paragraph(f.ProducerType, "2. Loại hình tổ chức:");
        pdf.Paragraph(Blank(f.Address), "3. Địa chỉ:");
        pdf.Paragraph($"{Blank(f.Phone)}    Email: {Blank(f.Email)}", "4. Điện thoại:");
        pdf.Paragraph(Blank(f.Representative), "5. Tên người đại diện pháp luật:");
        pdf.Paragraph(Blank(f.TaxCode), "6. Số giấy đăng ký (mã số thuế):");
        pdf.Paragraph($"{d.ProductName} ({f.Classification})", "7. Tên sản phẩm:");
        pdf.Title("Phần II", "KẾT QUẢ THỰC HIỆN PHƯƠNG ÁN SẢN XUẤT KINH DOANH");
        pdf.Paragraph(DocumentsOf(d, DossierDocumentType.BusinessPlan, DossierDocumentType.OrganisationDescription), italic: true);
        pdf.Title("Phần III", "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN THEO BỘ TIÊU CHÍ SẢN PHẨM OCOP");
        pdf.Paragraph($"{d.ProductSetName} ({d.CriteriaVersion})", "Bộ tiêu chí:");
        pdf.Paragraph($"{d.SelfAssessmentTotal?.ToString(CultureInfo.InvariantCulture) ?? "chưa có"}/100", "Tổng điểm tự đánh giá:");
        if (f.Scorecard is { } card)
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var part in card.Parts)
            {
                rows.Add([part.Code, part.Title, part.MaxPoints.ToString(CultureInfo.InvariantCulture), part.Sections.SelectMany(s => s.Criteria).SelectMany(c => c.Leaves())
                    .Sum(c => d.SelfAssessment.GetValueOrDefault(c.Code)).ToString(CultureInfo.InvariantCulture)]);
                rows.AddRange(part.Sections.SelectMany(s => s.Criteria).SelectMany(c => c.Leaves()).Select(c => (IReadOnlyList<string>)
                    [c.Code, c.Title, c.MaxPoints.ToString(CultureInfo.InvariantCulture), d.SelfAssessment.TryGetValue(c.Code, out var points) ? points.ToString(CultureInfo.InvariantCulture) : "—"]));
            }

            pdf.Table(["Mã", "Tiêu chí", "Điểm tối đa", "Tự đánh giá"], rows, [12, 64, 12, 12]);
        }

        pdf.Paragraph("Tài liệu minh chứng kèm theo hồ sơ:", italic: true);
        foreach (var doc in d.Documents)
        {
            pdf.Paragraph($"{localizer[$"DocumentType.{doc.Type}"]}: {doc.FileName}", "-", 12);
        }

        pdf.Title("Phần IV", "KẾ HOẠCH SẢN XUẤT, KINH DOANH");
        pdf.Paragraph(d.Note ?? DocumentsOf(d, DossierDocumentType.BusinessPlan), italic: true);
        pdf.Signature(DateLine(f.CommuneName, d.SubmittedAt is { } at ? VietnamTime.ToDate(at) : null), "ĐẠI DIỆN THEO PHÁP LUẬT CỦA CƠ SỞ", "(Ký, họ tên, đóng dấu)", f.Representative);
    }

    private static void CommuneReport(DossierFormData f, IFormWriter pdf)
    {
        var d = f.Dossier;
        var report = d.Report!;
        pdf.Header(["ỦY BAN NHÂN DÂN", f.CommuneName.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), "-------", report.Number is null ? "Số: ……" : $"Số: {report.Number}"]);
        pdf.Title("BÁO CÁO", "Đánh giá một số nội dung của hồ sơ đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP");
        pdf.Paragraph("", "I. THÔNG TIN CHUNG VỀ HỒ SƠ SẢN PHẨM");
        pdf.Paragraph(d.ProducerName, "1. Tên chủ thể:");
        pdf.Paragraph(f.ProducerType, "2. Loại hình tổ chức:");
        pdf.Paragraph(Blank(f.Address), "3. Địa chỉ:");
        pdf.Paragraph(Blank(f.Representative), "4. Tên người đại diện pháp luật:");
        pdf.Paragraph($"{d.ProductName} ({f.Classification})", "5. Sản phẩm đăng ký đánh giá:");
        pdf.Paragraph("", "II. ĐÁNH GIÁ MỘT SỐ NỘI DUNG CỦA HỒ SƠ SẢN PHẨM");
        foreach (var (check, i) in d.IntakeChecks.Select((c, i) => (c, i + 1)))
        {
            pdf.Paragraph("", $"{i}. {check.Text}:");
            pdf.Paragraph($"{check.Finding} ({(check.Passed == true ? "Đạt" : "Không đạt")})", indent: 12);
        }

        pdf.Paragraph($"Ủy ban nhân dân {InText(f.CommuneName)} đề nghị Ủy ban nhân dân {InText(f.ProvinceName)} đánh giá, phân hạng sản phẩm OCOP cho sản phẩm "
            + $"{d.ProductName} của {d.ProducerName}.");
        pdf.Signature(DateLine(f.CommuneName, report.On), $"T.M ỦY BAN NHÂN DÂN {f.CommuneName.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}", "(Ký tên và đóng dấu)", report.Signer);
    }

    private string DocumentsOf(DossierDetails d, params DossierDocumentType[] types)
    {
        var files = d.Documents.Where(x => types.Contains(x.Type)).Select(x => $"{localizer[$"DocumentType.{x.Type}"]} ({x.FileName})").ToList();
        return files.Count == 0 ? "(Chủ thể trình bày trong tài liệu kèm theo hồ sơ.)" : $"Xem tài liệu kèm theo hồ sơ: {string.Join("; ", files)}.";
    }
}
