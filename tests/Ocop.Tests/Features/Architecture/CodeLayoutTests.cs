using System.Text.RegularExpressions;

namespace Ocop.Tests.Features.Architecture;

/// <summary>
/// The layout stays easy to change: pages and endpoint files stay small, a service's outcome is read in one
/// place for the API and one for the pages, and handlers take the caller's scope bound once.
/// </summary>
public sealed partial class CodeLayoutTests
{
    private static readonly string Web = Path.Combine(TestPaths.SourceRoot, "src", "Ocop.Web");

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Relative(string file) => Path.GetRelativePath(Web, file);

    [Fact]
    public void PageModelsAndEndpointFiles_AreAtMost200Lines()
    {
        var files = SourceFiles().Where(f => f.EndsWith(".cshtml.cs", StringComparison.Ordinal) || f.EndsWith("Endpoints.cs", StringComparison.Ordinal)
            || (Path.GetFileName(f).Split('.').Length == 3 && File.Exists(Path.Combine(Path.GetDirectoryName(f)!, Path.GetFileName(f).Split('.')[0] + ".cshtml")))).ToList();
        files.Count.ShouldBeGreaterThan(100);

        files.Select(f => (File: Relative(f), Lines: File.ReadAllLines(f).Length)).Where(f => f.Lines > 200)
            .Select(f => $"{f.File}: {f.Lines} lines").ShouldBeEmpty();
    }

    [Fact]
    public void ServiceOutcomes_AreMappedOnlyByApiResultsAndPageResults()
    {
        string[] mappers = [Path.Combine("Infrastructure", "ApiResults.cs"), Path.Combine("Infrastructure", "PageResults.cs")];
        SourceFiles().Where(f => !mappers.Contains(Relative(f)) && StatusSwitch().IsMatch(File.ReadAllText(f)))
            .Select(Relative).ShouldBeEmpty("switch on a ServiceResult's status outside the two mappers");
    }

    [Fact]
    public void Handlers_TakeTheScopeBoundOnce_NeverRebuildIt()
    {
        string[] binders = [Path.Combine("Features", "Accounts", "UserScope.cs"), Path.Combine("Infrastructure", "ApiCaller.cs"), Path.Combine("Infrastructure", "UserScopeBinding.cs")];
        SourceFiles().Where(f => !binders.Contains(Relative(f)) && File.ReadAllText(f).Contains("UserScope.From(", StringComparison.Ordinal))
            .Select(Relative).ShouldBeEmpty("UserScope.From outside the binders: take `UserScope scope` (pages) or `[AsParameters] ApiCaller caller` (API)");
    }

    [GeneratedRegex(@"switch\s*\(\s*\w+\.Status\s*\)|\.Status\s+switch|case\s+ServiceStatus\.|ServiceStatus\.\w+\s*=>")]
    private static partial Regex StatusSwitch();
}
