using System.Globalization;

namespace Ocop.Web.Infrastructure;

/// <summary>Instants are stored in UTC and shown in Vietnam time (UTC+7, no daylight saving).</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset);

    /// <summary>Today's date in Vietnam.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    /// <summary>The date in Vietnam of a stored UTC instant.</summary>
    public static DateOnly ToDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Format(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
