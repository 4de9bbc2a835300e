using System.Text.RegularExpressions;

namespace Ocop.Tests.Features.Architecture;

/// <summary>
/// Pages load Bootstrap's stylesheet trimmed at build to the classes the app names (src/Ocop.Web/Build/trim-bootstrap.mjs).
/// Checked here independently of that tool: every Bootstrap class written in a page's class attribute or in a C# string
/// (badge colours chosen in code) is still in the trimmed sheet, and what no page uses is gone.
/// </summary>
public sealed partial class TrimmedStylesheetTests
{
    private static string Web => Path.Combine(TestPaths.SourceRoot, "src", "Ocop.Web");

    [Fact]
    public void EveryBootstrapRuleForClassesThePagesName_IsInTheTrimmedSheet()
    {
        var full = Selectors(File.ReadAllText(Path.Combine(Web, "node_modules", "bootstrap", "dist", "css", "bootstrap.min.css")));
        var trimmed = Selectors(File.ReadAllText(Path.Combine(Web, "wwwroot", "lib", "bootstrap", "bootstrap.trimmed.min.css")));
        var bootstrapClasses = full.SelectMany(Classes).ToHashSet(StringComparer.Ordinal);

        var named = SourceFiles("*.cshtml").SelectMany(file => ClassAttribute().Matches(File.ReadAllText(file)).Select(m => m.Groups["value"].Value))
            .Concat(SourceFiles("*.cs").SelectMany(file => StringLiteral().Matches(File.ReadAllText(file)).Select(m => m.Groups["value"].Value)))
            .SelectMany(value => Token().Matches(value).Select(t => t.Value))
            .Where(bootstrapClasses.Contains)
            .ToHashSet(StringComparer.Ordinal);
        named.Count.ShouldBeGreaterThan(150, "the pages name many of Bootstrap's classes (the patterns still find them)");

        // A rule whose classes the app all names can apply to some page: it must have been kept (the dark theme's rules
        // aside: no page turns it on).
        SourceFiles("*.cshtml").ShouldNotContain(file => File.ReadAllText(file).Contains("data-bs-theme", StringComparison.Ordinal));
        full.Where(selector => Classes(selector).ToList() is { Count: > 0 } classes && classes.All(named.Contains))
            .Where(selector => !selector.Contains("data-bs-theme", StringComparison.Ordinal))
            .Where(selector => !trimmed.Contains(selector)).Order(StringComparer.Ordinal)
            .ShouldBeEmpty("Bootstrap rules for classes the app names, trimmed away");
        // Run-time classes of the scripted components the pages use (collapse, dropdown).
        trimmed.ShouldContain(".collapsing");
        trimmed.ShouldContain(".dropdown-menu.show");
        // What no page uses is gone: the trimmed sheet is a fraction of the whole.
        var kept = trimmed.SelectMany(Classes).ToHashSet(StringComparer.Ordinal);
        kept.ShouldNotContain("carousel-item");
        kept.ShouldNotContain("modal-dialog");
        kept.ShouldNotContain("offcanvas");
        kept.Count.ShouldBeLessThan(bootstrapClasses.Count / 2);
    }

    /// <summary>Every selector of the sheet's rules (inside media queries too), without comments and at-rule preludes.</summary>
    private static HashSet<string> Selectors(string css) =>
        RuleSelectors().Matches(Comment().Replace(css, string.Empty)).Select(m => m.Groups["selectors"].Value.Trim())
            .Where(list => !list.StartsWith('@'))
            .SelectMany(list => list.Split(',', StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Classes(string selector) => CssClass().Matches(selector).Select(m => m.Groups["name"].Value);

    private static IEnumerable<string> SourceFiles(string pattern) =>
        Directory.EnumerateFiles(Web, pattern, SearchOption.AllDirectories).Where(f =>
            !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"\.(?<name>-?[a-zA-Z_][\w-]*)")]
    private static partial Regex CssClass();

    [GeneratedRegex(@"(?<selectors>[^{}]+)\{")]
    private static partial Regex RuleSelectors();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("""class="(?<value>[^"]*(?:"[^"]*"[^"]*)*?)"(?=[\s/>])""")]
    private static partial Regex ClassAttribute();

    [GeneratedRegex("\"(?<value>[^\"\\\\\\r\\n]*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"[a-z][a-z0-9-]*")]
    private static partial Regex Token();
}
