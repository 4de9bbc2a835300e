using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Training;

/// <summary>Training over HTTP: course rules, seats never above capacity (also in parallel), attendance, feedback, certificate, and the counts against hand-counted figures.</summary>
public sealed class TrainingTests
{
    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);
    private const string DaLat = "22918"; // Mũi Né, another commune of Lâm Đồng

    private static CourseInput Course(DateOnly start, int days = 2, int capacity = 30, TrainingTopic topic = TrainingTopic.ECommerce, string title = "Bán hàng trên sàn thương mại điện tử") => new()
    {
        Title = title, Topic = topic, Audience = TrainingAudience.Both, StartsOn = start, EndsOn = start.AddDays(days - 1), Place = "Hội trường Sở Công Thương",
        Trainer = "ThS. Nguyễn Văn A", Capacity = capacity, IsPublished = true,
        Sessions = [.. Enumerable.Range(0, days).Select(d => new SessionInput(start.AddDays(d), $"Ngày {d + 1}"))],
    };

    private static async Task<CourseItem> CreateAsync(HttpClient officer, CourseInput input)
    {
        var response = await officer.PostAsJsonAsync("/api/v1/training/courses", input, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CourseItem>(Json.Options))!;
    }

    private static async Task<(HttpClient Client, int ProducerId)> ProducerAsync(OcopApp app, HttpClient officer, string name, string commune = Registry.PhuThuy)
    {
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer(name, commune));
        return (await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id)), producer.Id);
    }

    private static async Task<List<RegistrationItem>> RegisterAsync(HttpClient officer, int courseId, RegistrationInput input)
    {
        var response = await officer.PostAsJsonAsync($"/api/v1/training/courses/{courseId}/registrations", input, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<List<RegistrationItem>>(Json.Options))!;
    }

    private static Task<HttpResponseMessage> AttendAsync(HttpClient officer, int courseId, int sessionId, params int[] present) =>
        officer.PutAsJsonAsync($"/api/v1/training/courses/{courseId}/attendance", new AttendanceInput(sessionId, [.. present]), Json.Options);

    /// <summary>Moves a course into the past (before any attendance), as an officer correcting the dates.</summary>
    private static async Task<CourseItem> MoveAsync(HttpClient officer, CourseItem course, DateOnly start)
    {
        var input = Course(start, course.Sessions.Count, course.Capacity, course.Topic, course.Title);
        input.Version = course.Version;
        var response = await officer.PutAsJsonAsync($"/api/v1/training/courses/{course.Id}", input, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CourseItem>(Json.Options))!;
    }

    [Fact]
    public async Task BadCourses_AreRefusedWithTheReason()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var backwards = Course(Today.AddDays(10));
        backwards.EndsOn = backwards.StartsOn!.Value.AddDays(-1);
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/training/courses", backwards, Json.Options))).ShouldContain("từ ngày bắt đầu trở đi");
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/training/courses", Course(Today.AddDays(10), capacity: 0), Json.Options))).ShouldContain("Số chỗ");
        var stray = Course(Today.AddDays(10));
        stray.Sessions.Add(new SessionInput(Today.AddDays(30), "Buổi lạc"));
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/training/courses", stray, Json.Options))).ShouldContain("trong thời gian khóa học");
        var empty = Course(Today.AddDays(10));
        empty.Sessions.Clear();
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/training/courses", empty, Json.Options))).ShouldContain("từ 1 đến 60 buổi");
        var commune = await app.SignInAsync(new NewAccount($"c{Guid.NewGuid():N}@test.vn", Roles.CommuneOfficer, ProvinceCode: Registry.LamDong, CommuneCode: Registry.PhuThuy));
        (await Registry.RefusedAsync(await commune.PostAsJsonAsync("/api/v1/training/courses", Course(Today.AddDays(10)), Json.Options))).ShouldContain("cấp tỉnh");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Seats_NeverExceedCapacity_AndAttendanceFeedbackAndCertificate_FollowTheRules(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var course = await CreateAsync(officer, Course(Today.AddDays(20), days: 2, capacity: 3));
        var producers = new List<(HttpClient Client, int ProducerId)>();
        for (var i = 0; i < 5; i++)
        {
            producers.Add(await ProducerAsync(app, officer, $"HTX số {i + 1}"));
        }

        // Five producers click "register" at the same moment for three seats.
        var race = await Task.WhenAll(producers.Select(p => p.Client.PostAsync($"/api/v1/training/courses/{course.Id}/register", null)));
        race.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(3);
        foreach (var refused in race.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            (await Registry.RefusedAsync(refused)).ShouldContain("đã đủ chỗ");
        }

        var registrations = (await officer.GetFromJsonAsync<List<RegistrationItem>>($"/api/v1/training/courses/{course.Id}/registrations", Json.Options))!;
        registrations.Count.ShouldBe(3);
        (await officer.GetFromJsonAsync<CourseItem>($"/api/v1/training/courses/{course.Id}", Json.Options))!.Registered.ShouldBe(3);
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync($"/api/v1/training/courses/{course.Id}/registrations", new RegistrationInput { ParticipantName = "Cán bộ xã" }, Json.Options))).ShouldContain("đã đủ chỗ");

        // A seat freed by a cancellation goes to the next; the same producer cannot take two.
        var seated = producers.Where(p => registrations.Any(r => r.ProducerId == p.ProducerId)).ToList();
        var waiting = producers.Except(seated).ToList();
        var leaving = registrations.Single(r => r.ProducerId == seated[0].ProducerId);
        (await seated[0].Client.DeleteAsync($"/api/v1/training/registrations/{leaving.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await waiting[0].Client.PostAsync($"/api/v1/training/courses/{course.Id}/register", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Registry.RefusedAsync(await waiting[0].Client.PostAsync($"/api/v1/training/courses/{course.Id}/register", null))).ShouldContain("Đã đăng ký");

        // Attendance: not before the session; then the course took place last week.
        registrations = [.. (await officer.GetFromJsonAsync<List<RegistrationItem>>($"/api/v1/training/courses/{course.Id}/registrations", Json.Options))!.Where(r => !r.IsCancelled)];
        var ids = registrations.Select(r => r.Id).ToArray();
        (await Registry.RefusedAsync(await AttendAsync(officer, course.Id, course.Sessions[0].Id, ids))).ShouldContain("Chưa đến ngày");
        course = await MoveAsync(officer, course, Today.AddDays(-7));
        (await Registry.RefusedAsync(await AttendAsync(officer, course.Id, course.Sessions[0].Id, ids[0], leaving.Id))).ShouldContain("Chỉ điểm danh người đã đăng ký");
        (await Registry.RefusedAsync(await AttendAsync(officer, course.Id, course.Sessions[0].Id, [.. ids, 990_001]))).ShouldContain("vượt quá số chỗ");
        (await AttendAsync(officer, course.Id, course.Sessions[0].Id, ids)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AttendAsync(officer, course.Id, course.Sessions[1].Id, ids[0], ids[1])).StatusCode.ShouldBe(HttpStatusCode.OK);
        var changed = Course(Today.AddDays(-7), 3, 3);
        changed.Version = course.Version;
        (await Registry.RefusedAsync(await officer.PutAsJsonAsync($"/api/v1/training/courses/{course.Id}", changed, Json.Options))).ShouldContain("Đã điểm danh");

        // The certificate needs every session; feedback needs one.
        var full = registrations.Single(r => r.Id == ids[0]);
        var partial = registrations.Single(r => r.Id == ids[2]);
        var fullClient = producers.Single(p => p.ProducerId == full.ProducerId).Client;
        var partialClient = producers.Single(p => p.ProducerId == partial.ProducerId).Client;
        var text = await PdfText.ExtractAsync(await fullClient.GetByteArrayAsync($"/api/v1/training/registrations/{full.Id}/certificate"));
        text.ShouldContain("GIẤY CHỨNG NHẬN");
        text.ShouldContain(full.ParticipantName);
        text.ShouldContain("Bán hàng trên sàn thương mại điện tử");
        (await Registry.RefusedAsync(await partialClient.GetAsync($"/api/v1/training/registrations/{partial.Id}/certificate"))).ShouldContain("đủ các buổi");
        (await partialClient.GetAsync($"/api/v1/training/registrations/{full.Id}/certificate")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "someone else's");
        (await Registry.RefusedAsync(await fullClient.PostAsJsonAsync($"/api/v1/training/registrations/{full.Id}/feedback", new FeedbackInput(6, null), Json.Options))).ShouldContain("từ 1 đến 5");
        var rated = await fullClient.PostAsJsonAsync($"/api/v1/training/registrations/{full.Id}/feedback", new FeedbackInput(5, "Rất bổ ích"), Json.Options);
        rated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await rated.Content.ReadFromJsonAsync<RegistrationItem>(Json.Options))!.FeedbackRating.ShouldBe(5);
        (await Registry.RefusedAsync(await partialClient.DeleteAsync($"/api/v1/training/registrations/{partial.Id}"))).ShouldContain("đã bắt đầu");
        (await seated[0].Client.DeleteAsync($"/api/v1/training/registrations/{leaving.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "already cancelled");

        // Other provinces' officers do not see the course.
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync($"/api/v1/training/courses/{course.Id}/registrations")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AttendAsync(hcm, course.Id, course.Sessions[0].Id, ids)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/api/v1/training/registrations/{full.Id}/certificate")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Counts_ByTopicKindAndCommune_MatchTheFiguresCountedByHand(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var caDen = await ProducerAsync(app, officer, "Cá Đen");
        var hamDuc = await ProducerAsync(app, officer, "Hàm Đức");
        var daLat = await ProducerAsync(app, officer, "Hoa Đà Lạt", DaLat);
        var start = new DateOnly(Today.Year, 3, 10);

        // E-commerce: Cá Đen and an official of Đà Lạt present; Hàm Đức registered but absent.
        var ecommerce = await CreateAsync(officer, Course(start, days: 1));
        await RegisterAsync(officer, ecommerce.Id, new RegistrationInput { ProducerId = caDen.ProducerId });
        await RegisterAsync(officer, ecommerce.Id, new RegistrationInput { ProducerId = hamDuc.ProducerId });
        var list = await RegisterAsync(officer, ecommerce.Id, new RegistrationInput { ParticipantName = "Trần Thị B", Organisation = "UBND phường", CommuneCode = DaLat });
        (await AttendAsync(officer, ecommerce.Id, ecommerce.Sessions[0].Id, [.. list.Where(r => r.ProducerId != hamDuc.ProducerId).Select(r => r.Id)])).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Digital OCOP: Đà Lạt's producer present; Cá Đen registered then cancelled (present before being cancelled does not count).
        var digital = await CreateAsync(officer, Course(start.AddMonths(2), days: 1, topic: TrainingTopic.DigitalOcop, title: "Số hóa quy trình OCOP"));
        await RegisterAsync(officer, digital.Id, new RegistrationInput { ProducerId = daLat.ProducerId });
        list = await RegisterAsync(officer, digital.Id, new RegistrationInput { ProducerId = caDen.ProducerId });
        (await AttendAsync(officer, digital.Id, digital.Sessions[0].Id, [.. list.Select(r => r.Id)])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.DeleteAsync($"/api/v1/training/registrations/{list.Single(r => r.ProducerId == caDen.ProducerId).Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // A course of last year and one with nobody present this year.
        var old = await CreateAsync(officer, Course(new DateOnly(Today.Year - 1, 6, 1), days: 1));
        list = await RegisterAsync(officer, old.Id, new RegistrationInput { ProducerId = caDen.ProducerId });
        (await AttendAsync(officer, old.Id, old.Sessions[0].Id, list[0].Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await CreateAsync(officer, Course(start.AddMonths(4), days: 1, topic: TrainingTopic.ECommerce, title: "Bán hàng qua mạng xã hội"));

        var stats = (await officer.GetFromJsonAsync<TrainingStats>($"/api/v1/training/stats?year={Today.Year}", Json.Options))!;
        (stats.Courses, stats.Trainees).ShouldBe((3, 3));
        stats.ByTopic.Select(c => (c.Key, c.Courses, c.Trainees)).ShouldBe([("ECommerce", 2, 2), ("DigitalOcop", 1, 1)]);
        stats.ByAudience.Select(c => (c.Key, c.Courses, c.Trainees)).ShouldBe([("Officials", 1, 1), ("Producers", 2, 2)]);
        stats.ByCommune.Select(c => (c.Key, c.Courses, c.Trainees)).ShouldBe([(DaLat, 2, 2), (Registry.PhuThuy, 1, 1)]);
        var last = (await officer.GetFromJsonAsync<TrainingStats>($"/api/v1/training/stats?year={Today.Year - 1}", Json.Options))!;
        (last.Courses, last.Trainees).ShouldBe((1, 1));
        (await officer.GetAsync("/api/v1/training/stats?year=1900")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetFromJsonAsync<TrainingStats>($"/api/v1/training/stats?year={Today.Year}", Json.Options))!.Trainees.ShouldBe(0);
    }
}
