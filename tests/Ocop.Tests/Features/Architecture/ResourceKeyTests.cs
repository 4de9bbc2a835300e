using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ocop.Tests.Features.Architecture;

/// <summary>
/// The Vietnamese and English resource files hold the same keys, and every key the code names exists:
/// a missing key shows its name to the user instead of a text, and nothing else would catch it.
/// </summary>
public sealed partial class ResourceKeyTests
{
    private static readonly string WebRoot = Path.Combine(TestPaths.SourceRoot, "src", "Ocop.Web");

    [Fact]
    public void BothLanguages_HoldTheSameKeys_EachOnceWithAText()
    {
        var vietnamese = Resources("SharedResource.resx");
        var english = Resources("SharedResource.en.resx");

        vietnamese.Count.ShouldBeGreaterThan(1000);
        vietnamese.Keys.Except(english.Keys).ShouldBeEmpty("keys without an English text");
        english.Keys.Except(vietnamese.Keys).ShouldBeEmpty("English keys without a Vietnamese text");
        vietnamese.Concat(english).Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key).ShouldBeEmpty("keys with an empty text");
    }

    [Fact]
    public void EveryKeyNamedInTheCode_Exists()
    {
        var keys = Resources("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var families = keys.Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);

        // A literal such as "Validation.Batch.AlreadySeated" whose first part is a family of keys is a key; comments are left out.
        var named = SourceFiles()
            .SelectMany(f => File.ReadLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Select(l => (File: f, Line: l)))
            .SelectMany(x => KeyLiteral().Matches(x.Line).Select(m => (x.File, Key: m.Groups[1].Value)))
            .Where(x => families.Contains(x.Key[..x.Key.IndexOf('.', StringComparison.Ordinal)]))
            .ToList();

        named.Count.ShouldBeGreaterThan(1000, "the scan found the code's keys");
        var missing = named.Where(x => !keys.Contains(x.Key)).Select(x => $"{x.Key} ({Path.GetRelativePath(WebRoot, x.File)})").Distinct().ToList();
        missing.ShouldBeEmpty("keys named in the code but missing from SharedResource.resx");
    }

    [Fact]
    public void EveryValueOfATranslatedEnum_HasItsText()
    {
        // An enum with one value translated ("ProducerType.Cooperative") is shown through $"{Enum}.{value}": all its values need a text.
        var keys = Resources("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var translated = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsEnum && Enum.GetNames(t).Any(n => keys.Contains($"{t.Name}.{n}")))
            .ToList();

        translated.Count.ShouldBeGreaterThan(20);
        var missing = translated.SelectMany(t => Enum.GetNames(t).Select(n => $"{t.Name}.{n}")).Where(k => !keys.Contains(k)).ToList();
        missing.ShouldBeEmpty("enum values without a text");
    }

    private static Dictionary<string, string> Resources(string file)
    {
        var data = XDocument.Load(Path.Combine(WebRoot, "Resources", file)).Root!.Elements("data").ToList();
        var names = data.Select(d => (string)d.Attribute("name")!).ToList();
        names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty($"keys written twice in {file}");
        return data.ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(WebRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex("\"([A-Z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"")]
    private static partial Regex KeyLiteral();
}
