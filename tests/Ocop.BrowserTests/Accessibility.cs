using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ocop.BrowserTests;

/// <summary>axe-core over the page as it stands, against WCAG 2.2 A and AA: no violation may remain.</summary>
public static class Accessibility
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task CheckAsync(IPage page) => (await ViolationsAsync(page)).ShouldBeEmpty();

    /// <summary>
    /// Every page the journey was served (each page once per user: the last time it was served), opened again as that user in
    /// its language with the cookies it was served with, and checked. Pages after a POST (a form with its errors) are checked
    /// where the journey calls <see cref="CheckAsync"/>.
    /// </summary>
    public static async Task CheckServedAsync(IBrowser browser, string baseUrl, IEnumerable<ServedPage> served)
    {
        var violations = new List<string>();
        foreach (var page in served.GroupBy(p => (p.Route, p.User)).Select(g => g.Last()))
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var cookies = (page.Cookies ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.Split('=', 2)).Where(c => c.Length == 2)
                .Select(c => new Cookie { Name = c[0], Value = c[1], Url = baseUrl }).ToList();
            if (cookies.Count > 0)
            {
                await context.AddCookiesAsync(cookies);
            }

            var tab = await context.NewPageAsync();
            await tab.GotoAsync(baseUrl + page.PathAndQuery);
            violations.AddRange(await ViolationsAsync(tab));
        }

        violations.ShouldBeEmpty();
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page)
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } };
        var result = await page.RunAxe(options);
        return result.Violations.Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
    }
}
