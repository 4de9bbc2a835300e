namespace Ocop.Tests.Infrastructure;

/// <summary>A test class with its own app and fresh SQLite database, started before each test and disposed after.</summary>
public abstract class AppTest : IAsyncLifetime
{
    protected OcopApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await OcopApp.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
