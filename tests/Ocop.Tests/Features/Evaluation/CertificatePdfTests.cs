using Ocop.Web.Features.Evaluation.Certificates;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>The certificate PDF carries its Vietnamese text as text (not shapes), with every mark.</summary>
public sealed class CertificatePdfTests
{
    [Fact]
    public async Task Render_KeepsVietnameseMarks()
    {
        var item = new CertificateItem(
            1, "68-2026-0007", 5, "Trà Ô long Cầu Đất đặc biệt", "Hợp tác xã Nông nghiệp Xuân Trường", "Tỉnh Lâm Đồng", 4, 82.33m,
            "Ủy ban nhân dân tỉnh Lâm Đồng", "1234/QĐ-UBND", new DateOnly(2026, 11, 20), "Phó Chủ tịch Nguyễn Thị Hạnh",
            new DateOnly(2026, 11, 20), new DateOnly(2029, 11, 20), CertificateStatus.Valid, null, null, null, null, "148/2023", 1);
        var pdf = CertificatePdf.Render(item, "https://ocop.lamdong.gov.vn/verify/68-2026-0007");
        pdf.AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());

        var text = await PdfText.ExtractAsync(pdf);
        text.ShouldContain("Trà Ô long Cầu Đất đặc biệt");
        text.ShouldContain("Hợp tác xã Nông nghiệp Xuân Trường");
        text.ShouldContain("Đạt hạng 4 sao");
        text.ShouldContain("Có hiệu lực đến: 20/11/2029");
        text.ShouldContain("1234/QĐ-UBND");

        // Tagged: a screen reader finds the title as a heading, the product as a subheading, the QR code by its description.
        (await PdfText.InfoAsync(pdf)).ShouldMatch(@"(?m)^Tagged:\s+yes$");
        var structure = await PdfText.InfoAsync(pdf, "-struct-text");
        structure.ShouldContain("H1");
        structure.ShouldContain("GIẤY CHỨNG NHẬN SẢN PHẨM OCOP");
        structure.ShouldContain("H2");
        structure.ShouldContain("\"Trà Ô long Cầu Đất đặc biệt\"", customMessage: "the words keep their spaces in the tagged text");
        structure.ShouldContain("Figure");
    }
}
