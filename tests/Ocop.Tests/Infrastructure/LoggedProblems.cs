using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ocop.Tests.Infrastructure;

/// <summary>
/// The warnings and errors the app under test logged, kept in memory: a journey that times out in CI shows them in its
/// failure (a server error or a database wait), where the app's console output is not shown.
/// </summary>
public sealed class LoggedProblems : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    private const int Kept = 20;

    /// <summary>The most recent lines (at most <see cref="Kept"/>), oldest first.</summary>
    public IReadOnlyList<string> Recent => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        _lines.Enqueue(line);
        while (_lines.Count > Kept && _lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(LoggedProblems owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var error = exception is null ? "" : $" [{exception.GetType().Name}: {exception.Message}]";
                owner.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{error}");
            }
        }
    }
}
