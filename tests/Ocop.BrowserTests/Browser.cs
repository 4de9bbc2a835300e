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
