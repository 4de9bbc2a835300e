using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ocop.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser). Skipped with a reason
/// when Chromium is absent, unless OCOP_REQUIRE_BROWSER is set (CI), where absence fails.
/// </summary>
public static class Browser
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("OCOP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var required = Environment.GetEnvironmentVariable("OCOP_REQUIRE_BROWSER") is { Length: > 0 };
        if (!File.Exists(ExecutablePath))
        {
            required.ShouldBeFalse($"Chromium is required but missing at {ExecutablePath}");
            Assert.Skip($"Chromium not installed at {ExecutablePath} (apt-get install chromium).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }
}

/// <summary>
/// What every journey starts with: Chromium launched, the app on its own fresh database served on a real
/// loopback port. Disposed in reverse: the app, then the browser, then Playwright.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser, OcopApp app)
    {
        _playwright = playwright;
        Browser = browser;
        App = app;
        BaseUrl = app.StartRealServer();
    }

    public IBrowser Browser { get; }

    public OcopApp App { get; }

    /// <summary>The app's address, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var (playwright, browser) = await Ocop.BrowserTests.Browser.LaunchAsync();
        try
        {
            return new BrowserSession(playwright, browser, await OcopApp.StartAsync());
        }
        catch
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Checks every page the journey was served with axe-core (<see cref="Accessibility.CheckServedAsync"/>), then closes the
    /// browser and the app; a page that broke the Content-Security-Policy or has an accessibility violation fails the journey here.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Exception? inaccessible = null;
        try
        {
            await Accessibility.CheckServedAsync(Browser, BaseUrl, App.ServedPages.All);
        }
        catch (Exception e)
        {
            inaccessible = e;
        }

        var blocked = App.Services.GetRequiredService<Ocop.Web.Infrastructure.Hosting.CspReports>().Recent.ToList();
        await App.DisposeAsync();
        await Browser.DisposeAsync();
        _playwright.Dispose();
        blocked.ShouldBeEmpty("the pages visited broke the Content-Security-Policy");
        if (inaccessible is not null)
        {
            throw inaccessible;
        }
    }
}
