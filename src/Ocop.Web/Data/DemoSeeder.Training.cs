using Ocop.Web.Features.Training;

namespace Ocop.Web.Data;

public sealed partial class DemoSeeder
{
    /// <summary>
    /// An e-commerce course for producers in two weeks (open: the demo producer can register) and a course
    /// for officials held last month with three officials present, so the training screens and counts show something.
    /// </summary>
    private async Task SeedTrainingAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = Infrastructure.VietnamTime.Today(clock);
        var open = new TrainingCourse
        {
            Title = "Bán hàng trên sàn thương mại điện tử", Topic = TrainingTopic.ECommerce, Audience = TrainingAudience.Producers, ProvinceCode = "68",
            StartsOn = today.AddDays(14), EndsOn = today.AddDays(15), Place = "Hội trường Sở Công Thương, Phan Thiết", Trainer = "ThS. Nguyễn Văn A",
            Capacity = 40, IsPublished = true, Description = "Mở gian hàng, chụp ảnh sản phẩm, vận hành đơn hàng và chăm sóc khách trên các sàn.",
            Sessions = [new CourseSession { On = today.AddDays(14), Title = "Mở gian hàng và đăng sản phẩm" }, new CourseSession { On = today.AddDays(15), Title = "Vận hành đơn hàng" }],
        };
        var held = new TrainingCourse
        {
            Title = "Số hóa quy trình OCOP cho cán bộ", Topic = TrainingTopic.DigitalOcop, Audience = TrainingAudience.Officials, ProvinceCode = "68",
            StartsOn = today.AddDays(-30), EndsOn = today.AddDays(-30), Place = "Trực tuyến", IsOnline = true, Capacity = 50, Registered = 3, IsPublished = true,
            Sessions = [new CourseSession { On = today.AddDays(-30), Title = "Hồ sơ, hội đồng và chấm điểm trên nền tảng" }],
        };
        db.TrainingCourses.AddRange(open, held);
        await db.SaveChangesAsync(ct);
        foreach (var (name, commune) in new[] { ("Nguyễn Thị Lan", "22924"), ("Trần Văn Hùng", "22918"), ("Lê Minh Tâm", "22924") })
        {
            db.CourseRegistrations.Add(new CourseRegistration
            {
                CourseId = held.Id, ParticipantName = name, Organisation = "UBND phường", IsOfficial = true, CommuneCode = commune, ProvinceCode = "68",
                RegisteredAt = now, RegisteredBy = "demo",
                Attendance = [new SessionAttendance { SessionId = held.Sessions[0].Id, MarkedAt = now, MarkedBy = "demo" }],
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
