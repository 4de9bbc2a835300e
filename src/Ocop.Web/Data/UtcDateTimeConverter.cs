using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ocop.Web.Data;

/// <summary>Writes DateTime as UTC and marks values read back as UTC (SQLite loses the kind).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
