using Ocop.Web.Features.Programme;

namespace Ocop.Web.Data;

public sealed partial class DemoSeeder
{
    /// <summary>Lâm Đồng's programme targets, worded after Bình Thuận's published plans (now part of Lâm Đồng), for this year and the current period.</summary>
    private async Task SeedTargetsAsync(CancellationToken ct)
    {
        var today = Infrastructure.VietnamTime.Today(clock);
        var period = ProgrammePeriods.Of(today.Year)!;
        ProgrammeTarget Target(string metric, TargetKind kind, decimal value, decimal? upper, DateOnly startsOn, DateOnly dueOn, string title) => new()
        {
            ProvinceCode = "68", MetricKey = metric, Kind = kind, Value = value, UpperValue = upper, StartsOn = startsOn, DueOn = dueOn,
            PeriodCode = period.Code, Title = title, Source = "Kế hoạch thực hiện Chương trình OCOP",
        };
        var (jan1, dec31) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
        db.ProgrammeTargets.AddRange(
            Target("products.certified", TargetKind.Minimum, 161, null, jan1, dec31, $"161 sản phẩm OCOP còn hiệu lực đến cuối năm {today.Year}"),
            Target("products.new", TargetKind.Minimum, 20, null, jan1, dec31, $"Ít nhất 20 sản phẩm mới đạt 3 sao trở lên trong năm {today.Year}"),
            Target("salesPoints.active", TargetKind.Minimum, 2, null, jan1, dec31, "Ít nhất 2 điểm giới thiệu và bán sản phẩm OCOP"),
            Target("trainees", TargetKind.Minimum, 60, null, jan1, dec31, "Tập huấn cho 60 lượt chủ thể và cán bộ"),
            Target("products.new", TargetKind.Range, 80, 130, period.StartsOn, period.EndsOn, $"80–130 sản phẩm mới giai đoạn {period.Code}"),
            Target("products.fiveStar", TargetKind.Range, 3, 5, period.StartsOn, period.EndsOn, "3–5 sản phẩm đạt 5 sao quốc gia"),
            Target("valueChains", TargetKind.Minimum, 10, null, period.StartsOn, period.EndsOn, "10 chuỗi giá trị gắn với vùng nguyên liệu"));
        await db.SaveChangesAsync(ct);
    }
}
