namespace Ocop.Tests.Infrastructure;

/// <summary>
/// The app's clock in tests: real time, or real time moved to a chosen day (10:00 in Vietnam, then running on),
/// for rules that depend on dates such as a regime's transition deadlines. Timers stay real.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _offset;

    /// <summary>From now on the app's today (in Vietnam) is <paramref name="day"/>.</summary>
    public void MoveTo(DateOnly day) =>
        _offset = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)) - DateTimeOffset.UtcNow;

    /// <summary>Moves the clock on by <paramref name="span"/> (a link's lifetime running out).</summary>
    public void Advance(TimeSpan span) => _offset += span;

    /// <summary>Back to real time.</summary>
    public void Reset() => _offset = TimeSpan.Zero;

    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
}
