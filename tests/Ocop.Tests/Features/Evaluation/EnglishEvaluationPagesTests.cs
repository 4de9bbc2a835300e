using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>The evaluation pages in English: the regime's English name, the sheet's headings in English and its answers marked Vietnamese.</summary>
public sealed class EnglishEvaluationPagesTests
{
    [Fact]
    public void EveryRegimeAndStep_HasAnEnglishName()
    {
        var manifest = new CriteriaCatalog(CriteriaManifest.DefaultFolder).Manifest;
        manifest.Regimes.ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.NameEn));
        manifest.Regimes.SelectMany(r => r.Steps).ShouldAllBe(s => !string.IsNullOrWhiteSpace(s.NameEn));
        manifest.Regimes.SelectMany(r => r.Steps).SelectMany(s => s.Checks ?? []).ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.TextEn));
    }

    [Fact]
    public async Task TheDossierAndItsSelfAssessment_ReadInEnglish()
    {
        await using var app = await OcopApp.StartAsync();
        var applicant = await Dossiers.ApplicantAsync(app, "26-09");
        var dossier = await Dossiers.CreateAsync(applicant.Producer, applicant.ProductId);

        var vietnamese = await applicant.Producer.GetStringAsync($"/admin/dossiers/{dossier.Id}");
        vietnamese.ShouldContain("Quyết định 26/2026/QĐ-TTg (từ 22/5/2026)");
        var english = await applicant.Producer.GetStringAsync($"/admin/dossiers/{dossier.Id}?culture=en");
        english.ShouldContain("Decision 26/2026/QĐ-TTg (from 22 May 2026)");
        english.ShouldNotContain("Quyết định 26/2026");

        var sheet = await applicant.Producer.GetStringAsync($"/admin/dossiers/{dossier.Id}/self-assessment?culture=en");
        sheet.ShouldContain("<span>Product and community strength</span>");
        sheet.ShouldContain("<span>Organisation of production</span>");
        sheet.ShouldContain("<span>Source of raw materials</span>");
        sheet.ShouldContain("<span>Capacity to meet distribution demand</span>");
        sheet.ShouldContain("lang=\"vi\">Có sử dụng nguyên liệu");
        var sheetVi = await applicant.Producer.GetStringAsync($"/admin/dossiers/{dossier.Id}/self-assessment");
        sheetVi.ShouldContain("Tổ chức sản xuất");
        System.Text.RegularExpressions.Regex.Count(sheetVi, "lang=\"vi\"").ShouldBe(1, "only the page's own <html lang>");
    }
}
