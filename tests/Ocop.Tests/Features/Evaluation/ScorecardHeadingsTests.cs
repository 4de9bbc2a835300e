using System.Globalization;
using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>The scorecards' headings in English: every heading of every shipped sheet has one, however the transcription wrote it.</summary>
public sealed class ScorecardHeadingsTests
{
    private static readonly CriteriaCatalog Shipped = new(CriteriaManifest.DefaultFolder);

    [Fact]
    public void EveryPartSectionAndCriterion_OfEveryShippedSheet_HasAnEnglishHeading()
    {
        var missing = Shipped.Manifest.Versions
            .SelectMany(v => ScorecardFiles.Read(Shipped, v.Scorecards!).Select(s => (Version: v.Code, Sheet: s)))
            .SelectMany(x => x.Sheet.Definition.Parts.SelectMany(p => new[] { p.Title }
                .Concat(p.Sections.Select(s => s.Title))
                .Concat(p.Sections.SelectMany(s => s.Criteria.SelectMany(c => c.SelfAndDescendants()).Select(c => c.Title))))
                .Select(title => (x.Version, title)))
            .Where(x => !string.IsNullOrWhiteSpace(x.title) && ScorecardHeadings.EnglishOf(x.title) is null)
            .Distinct().ToList();

        // The one heading left is a bare "a)" in the 148 transcription: a criterion whose title the source lost.
        missing.Select(m => (m.Version, m.title.Trim())).ShouldBe([("148/2023", "a)")], string.Join("\n", missing.Select(m => $"{m.Version}: {m.title}")));
    }

    [Theory]
    [InlineData("Phần A SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG (40 Điểm)", "Product and community strength")]
    [InlineData("1.TỔ CHỨC SẢN XUẤT", "Organisation of production")]
    [InlineData("7. TÍNH ĐỘC ĐÁO (Chất lượng: Có nét riêng, khác biệt)", "Distinctiveness")]
    [InlineData("Chất lượng sản phẩm dịch vụ du lịch", "Quality of the tourism service")]
    [InlineData("Tổ chức phân phối (Gồm: Tổ chức kinh doanh, phân phối sản phẩm)", "Distribution")]
    [InlineData("Vị trí", "Location")]
    public void AHeading_IsFoundWithoutItsNumberingCaseAndExplanation(string vietnamese, string english) =>
        ScorecardHeadings.EnglishOf(vietnamese).ShouldBe(english);

    [Fact]
    public void OnVietnamesePages_TheHeadingIsTheSheetsOwn_AndOnEnglishPagesAnUnknownOneIsMarkedVietnamese()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
            ScorecardHeadings.ForReader("Tổ chức sản xuất").ShouldBe(("Tổ chức sản xuất", null));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            ScorecardHeadings.ForReader("Tổ chức sản xuất").ShouldBe(("Organisation of production", null));
            ScorecardHeadings.ForReader("Một tiêu chí mới").ShouldBe(("Một tiêu chí mới", "vi"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
