using System.Net.Http.Json;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>26/2026 Điều 7.2: the commune takes in, assesses and forwards a filed dossier within 15 working days.</summary>
public sealed class IntakeTimeLimitTests
{
    [Theory]
    [InlineData("2026-12-04", 15, "2026-12-25")] // a Friday: three working weeks later
    [InlineData("2026-12-05", 1, "2026-12-07")]  // filed on a Saturday: Monday is the first working day
    [InlineData("2026-12-07", 5, "2026-12-14")]
    public void WorkingDays_SkipWeekends(string start, int days, string end) =>
        new StepTimeLimit(days, "").EndsOn(DateOnly.Parse(start)).ShouldBe(DateOnly.Parse(end));

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task FiledDossier_ShowsTheCommunesTimeLimit_ThenOverdue_UntilTakenIn(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        app.Clock.MoveTo(new DateOnly(2026, 12, 4));
        var applicant = await Dossiers.ApplicantAsync(app);
        var filed = await Dossiers.SubmittedAsync(app, applicant);
        var details = await applicant.Officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{filed.Id}", Json.Options);
        details!.IntakeDue.ShouldBe(new IntakeDue(new DateOnly(2026, 12, 25), 15, "Điều 7.2 Quyết định 26/2026/QĐ-TTg", Overdue: false));
        (await applicant.Officer.GetStringAsync($"/admin/dossiers/{filed.Id}"))
            .ShouldContain("đề nghị trước hết ngày 25/12/2026 (15 ngày làm việc kể từ ngày nộp, Điều 7.2 Quyết định 26/2026/QĐ-TTg)");

        // Past the limit the dossier says so; once taken in, the limit is met and no longer shown.
        app.Clock.MoveTo(new DateOnly(2026, 12, 28));
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        (await officer.GetStringAsync($"/admin/dossiers/{filed.Id}")).ShouldContain("Quá hạn: UBND cấp xã cần tiếp nhận");
        (await officer.GetStringAsync("/admin/dossiers")).ShouldContain("Quá hạn xã (25/12/2026)");
        details = await officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{filed.Id}", Json.Options);
        details!.IntakeDue!.Overdue.ShouldBeTrue();
        await Dossiers.ActAsync(officer, filed.Id, DossierAction.Accept, details.Version);
        (await officer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{filed.Id}", Json.Options))!.IntakeDue.ShouldBeNull();
    }
}
