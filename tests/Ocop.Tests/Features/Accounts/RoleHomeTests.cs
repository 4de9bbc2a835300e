using System.Net;
using Ocop.Tests.Features.Evaluation;
using Ocop.Web.Features.Accounts;

namespace Ocop.Tests.Features.Accounts;

/// <summary>After signing in, each role lands on its own page, which lists what waits for it.</summary>
public sealed class RoleHomeTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task EachRole_LandsOnItsHome_AndAProducerSeesItsToDos(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var applicant = await Dossiers.ApplicantAsync(app);
        (await applicant.Producer.GetStringAsync("/portal")).ShouldContain("data-testid=\"no-todos\"");
        await Dossiers.CreateAsync(applicant.Producer, applicant.ProductId);
        var home = await applicant.Producer.GetStringAsync("/portal");
        home.ShouldContain("data-testid=\"todo-Drafts\"");
        home.ShouldContain("Hồ sơ đánh giá đang soạn, chưa nộp");
        home.ShouldNotContain("data-testid=\"todo-Returned\"");

        foreach (var (role, expected) in new[] { (Roles.ProvinceOfficer, "/admin"), (Roles.CouncilMember, "/council"), (Roles.NationalAdmin, "/admin") })
        {
            var email = await AccountFlows.CreateAsync(app, new NewAccount($"{role}{Guid.NewGuid():N}@test.vn", role,
                ProvinceCode: role == Roles.ProvinceOfficer ? Registry.LamDong : null));
            var browser = await AccountFlows.SignedInAsync(app, email);
            (await browser.GetAsync("/account/home")).Headers.Location!.ToString().ShouldBe(expected);
        }

        (await applicant.Officer.GetStringAsync("/admin")).ShouldNotContain("data-testid=\"pending-imports\"");
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new ByteArrayContent(Ocop.Tests.Features.Import.ImportFiles.Csv([["1", "Trà atiso", "Hộ Ba Lan", "", "", "Phường Phú Thủy", "148-09", "", "", "", ""]])), "file", "ds.csv");
            (await applicant.Officer.PostAsync("/api/v1/imports", form)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var officer = await applicant.Officer.GetStringAsync("/admin");
        officer.ShouldContain("data-testid=\"pending-imports\"");
        officer.ShouldContain("data-testid=\"join-waiting\"");
        officer.ShouldContain("data-testid=\"invited-accounts\"");
        (await applicant.Officer.GetAsync("/account/home")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
