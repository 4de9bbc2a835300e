namespace Ocop.Tests.Infrastructure;

public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>Theory data: SQLite always, PostgreSQL when configured (otherwise the case is skipped with the reason).</summary>
public sealed class Engines : TheoryData<Engine>
{
    public Engines()
    {
        Add(Engine.Sqlite);
        Add(Engine.Postgres);
    }
}

public static class EngineGuard
{
    public static void SkipIfUnavailable(Engine engine) =>
        Assert.SkipWhen(engine == Engine.Postgres && !TestDatabases.PostgresAvailable,
            $"PostgreSQL not configured: set {TestDatabases.PostgresVariable} to a connection string (CI does).");
}
