using System.Text.RegularExpressions;
using Ocop.Tests.Features.Evaluation;

namespace Ocop.Tests.Features.Architecture;

/// <summary>
/// Every form whose handler deletes, removes, withdraws, cancels, revokes, disables, rejects or closes something asks
/// first: its button carries data-confirm (site.js shows it and stops the post when the answer is no), and the
/// message names what is affected.
/// </summary>
public sealed partial class DestructiveActionsTests
{
    [Fact]
    public void EveryDestructiveForm_AsksFirst()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(TestPaths.SourceRoot, "src", "Ocop.Web"), "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .ToList();
        var forms = pages.SelectMany(file => DestructiveForm().Matches(File.ReadAllText(file))
            .Select(m => (Where: $"{Path.GetFileName(file)} handler {m.Groups["handler"].Value}", Body: m.Value))).ToList();

        forms.Count.ShouldBeGreaterThan(15, "the pattern still finds the destructive forms");
        forms.Where(f => !f.Body.Contains("data-confirm=", StringComparison.Ordinal)).Select(f => f.Where)
            .ShouldBeEmpty("destructive forms whose button does not ask first");
    }

    [Fact]
    public async Task TheDossiersSubmitAndWithdrawButtons_AskFirst_NamingTheProduct()
    {
        await using var app = await OcopApp.StartAsync();
        var applicant = await Dossiers.ApplicantAsync(app, name: "Nước mắm Cá Đen");
        var draft = await Dossiers.CreateAsync(applicant.Producer, applicant.ProductId);

        var page = await applicant.Producer.GetStringAsync($"/admin/dossiers/{draft.Id}");

        page.ShouldContain("value=\"Submit\" class=\"btn btn-ocop\" data-confirm=\"Nộp hồ sơ của “Nước mắm Cá Đen”?");
        page.ShouldContain("value=\"Withdraw\" class=\"btn btn-outline-danger\" data-confirm=\"Rút hồ sơ của “Nước mắm Cá Đen”?");
        page.ShouldNotContain("data-confirm=\"\"", customMessage: "a button that does not ask has no empty question (site.js would stop it)");
    }

    [GeneratedRegex("""<form method="post" asp-page-handler="(?<handler>(Delete|Remove|Withdraw|Cancel|Revoke|Disable|Reject|Close)\w*)".*?</form>""", RegexOptions.Singleline)]
    private static partial Regex DestructiveForm();
}
