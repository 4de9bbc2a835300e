using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Support;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Attachments;

/// <summary>Course materials and support documents: who may upload, who may read, and what files are taken.</summary>
public sealed class AttachmentTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private static MultipartFormDataContent Upload(string title, byte[] bytes, string fileName)
    {
        var content = new MultipartFormDataContent { { new StringContent(title), "title" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return content;
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Materials_AndDocuments_ReachOnlyThoseConcerned(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var start = VietnamTime.Today(TimeProvider.System).AddDays(10);
        var course = (await (await officer.PostAsJsonAsync("/api/v1/training/courses", new CourseInput
        {
            Title = "Truy xuất nguồn gốc", Topic = TrainingTopic.Traceability, Audience = TrainingAudience.Producers, StartsOn = start, EndsOn = start, Place = "Phan Thiết",
            Capacity = 10, IsPublished = true, Sessions = [new SessionInput(start, "Buổi 1")],
        }, Json.Options)).Content.ReadFromJsonAsync<CourseItem>(Json.Options))!;
        var materials = $"/api/v1/training/courses/{course.Id}/materials";

        (await officer.PostAsync(materials, Upload("Ghi chú", Encoding.UTF8.GetBytes("chỉ là văn bản"), "ghi-chu.txt"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await officer.PostAsync(materials, Upload("Trống", [], "trong.pdf"))).Content.ReadAsStringAsync()).ShouldContain("Hãy chọn tệp");
        var uploaded = await officer.PostAsync(materials, Upload("Bài giảng buổi 1", Pdf, "../../bai-giang.pdf"));
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var material = (await uploaded.Content.ReadFromJsonAsync<List<AttachmentItem>>(Json.Options))!.Single();
        material.FileName.ShouldBe("bai-giang.pdf");

        // A registered producer reads it; another producer and another province's officer do not even see it.
        var trainee = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Hàm Đức"));
        var traineeClient = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: trainee.Id));
        var outsider = await Registry.CreateProducerAsync(officer, Registry.Producer("Công ty Cá Đen"));
        var outsiderClient = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: outsider.Id));
        (await traineeClient.GetAsync($"/api/v1/attachments/{material.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not registered yet");
        (await traineeClient.PostAsync($"/api/v1/training/courses/{course.Id}/register", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await traineeClient.GetByteArrayAsync($"/api/v1/attachments/{material.Id}")).ShouldBe(Pdf);
        (await outsiderClient.GetAsync($"/api/v1/attachments/{material.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsiderClient.GetAsync(materials)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync($"/api/v1/attachments/{material.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.PostAsync(materials, Upload("Lạ", Pdf, "la.pdf"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await traineeClient.PostAsync(materials, Upload("Của tôi", Pdf, "cua-toi.pdf"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A support record's documents: the producer reads them, nobody else outside the area.
        var record = await officer.PostAsJsonAsync("/api/v1/support/records", new SupportInput
        {
            ProducerId = trainee.Id, Kind = SupportKind.IntellectualProperty, Provider = "Công ty Luật SHTT", StartsOn = start.AddDays(-30), Cost = 6_000_000m,
            Funding = FundingSource.ProvinceBudget, Status = SupportStatus.InProgress,
        }, Json.Options);
        var recordId = (await record.Content.ReadFromJsonAsync<SupportItem>(Json.Options))!.Id;
        var documents = $"/api/v1/support/records/{recordId}/documents";
        var document = (await (await officer.PostAsync(documents, Upload("Đơn đăng ký nhãn hiệu", Pdf, "don.pdf"))).Content.ReadFromJsonAsync<List<AttachmentItem>>(Json.Options))!.Single();
        (await traineeClient.GetByteArrayAsync($"/api/v1/attachments/{document.Id}")).ShouldBe(Pdf);
        (await outsiderClient.GetAsync($"/api/v1/attachments/{document.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await traineeClient.GetStringAsync("/portal/support")).ShouldContain("Đơn đăng ký nhãn hiệu");
        (await traineeClient.GetStringAsync("/portal/training")).ShouldContain("Bài giảng buổi 1");

        (await officer.DeleteAsync($"{materials}/{material.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await traineeClient.GetAsync($"/api/v1/attachments/{material.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.DeleteAsync($"{documents}/{material.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not this record's");
    }
}
