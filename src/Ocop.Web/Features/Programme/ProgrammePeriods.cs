namespace Ocop.Web.Features.Programme;

/// <summary>A phase of the national OCOP programme, set by a Prime Minister's decision.</summary>
public sealed record ProgrammePeriod(string Code, int FirstYear, int LastYear, string? Decision)
{
    public DateOnly StartsOn => new(FirstYear, 1, 1);
    public DateOnly EndsOn => new(LastYear, 12, 31);
}

/// <summary>The programme's phases. Fixed national reference: a new phase is one line here.</summary>
public static class ProgrammePeriods
{
    public static readonly IReadOnlyList<ProgrammePeriod> All =
    [
        new("2018-2020", 2018, 2020, "490/QĐ-TTg"),
        new("2021-2025", 2021, 2025, "919/QĐ-TTg"),
        new("2026-2030", 2026, 2030, null),
    ];

    public static ProgrammePeriod? Find(string? code) => All.FirstOrDefault(p => p.Code == code);

    /// <summary>The phase a year falls in, if any.</summary>
    public static ProgrammePeriod? Of(int year) => All.FirstOrDefault(p => year >= p.FirstYear && year <= p.LastYear);
}
