using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Training;

/// <summary>The training screens: bad input answered in Vietnamese with what was typed kept, and each page only for its people.</summary>
public sealed class TrainingPageTests
{
    [Fact]
    public async Task Forms_AnswerInVietnamese_AndPagesStayInScope()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var start = VietnamTime.Today(TimeProvider.System).AddDays(10);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = "Truy xuất nguồn gốc cho chủ thể", ["Input.Topic"] = "Traceability", ["Input.Audience"] = "Producers", ["Input.StartsOn"] = Day(start),
            ["Input.EndsOn"] = Day(start.AddDays(-2)), ["Input.Place"] = "Phan Thiết", ["Input.Capacity"] = "ba mươi", ["Input.IsPublished"] = "true",
            ["Rows[0].On"] = Day(start), ["Rows[0].Title"] = "Buổi 1", ["Rows[1].On"] = "", ["Rows[1].Title"] = "",
        };
        var page = await (await OcopApp.PostFormAsync(officer, "/admin/training/edit", form)).Content.ReadAsStringAsync();
        page.ShouldContain("Giá trị không hợp lệ");
        page.ShouldContain("value=\"Truy xuất nguồn gốc cho chủ thể\"");
        form["Input.Capacity"] = "1";
        page = await (await OcopApp.PostFormAsync(officer, "/admin/training/edit", form)).Content.ReadAsStringAsync();
        page.ShouldContain("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        form["Input.EndsOn"] = Day(start);
        var saved = await OcopApp.PostFormAsync(officer, "/admin/training/edit", form);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var url = saved.Headers.Location!.ToString();
        var courseId = int.Parse(url.Split('/').Last(), CultureInfo.InvariantCulture);

        // The only seat goes to an official; a producer then finds the course full.
        (await OcopApp.PostFormAsync(officer, url + "?handler=Register", new() { ["Registration.ParticipantName"] = "Cán bộ Phú Thủy", ["Registration.CommuneCode"] = Registry.PhuThuy }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Hàm Đức"));
        var client = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        page = await (await OcopApp.PostFormAsync(client, $"/portal/training?handler=Register&courseId={courseId}", [], "/portal/training")).Content.ReadAsStringAsync();
        page.ShouldContain("Khóa học đã đủ chỗ.");
        page = await (await OcopApp.PostFormAsync(officer, url + "?handler=Register", new() { ["Registration.ParticipantName"] = "Cán bộ thứ hai" })).Content.ReadAsStringAsync();
        page.ShouldContain("Khóa học đã đủ chỗ.");

        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/admin/training/edit/{courseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(url)).Headers.Location!.ToString().ShouldContain("/account/access-denied");
        (await officer.GetAsync("/portal/training")).Headers.Location!.ToString().ShouldContain("/account/access-denied");
        (await app.CreateClient().GetAsync("/api/v1/training/courses")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await officer.GetFromJsonAsync<CourseItem>($"/api/v1/training/courses/{courseId}", Json.Options))!.Registered.ShouldBe(1);
    }
}
