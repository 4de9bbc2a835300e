using System.Globalization;
using AngleSharp.Html.Parser;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>A refused form marks the refused fields for assistive technology, hand-written fields too (WCAG 3.3.1).</summary>
public sealed class FormErrorFieldsTests
{
    [Fact]
    public async Task ARefusedField_IsMarkedInvalid_TheOthersAreNot()
    {
        await using var app = await OcopApp.StartAsync();
        var applicant = await Dossiers.ApplicantAsync(app);
        var submitted = await Dossiers.SubmittedAsync(app, applicant);
        var url = $"/admin/dossiers/{submitted.Id}";

        var refused = await OcopApp.PostFormAsync(applicant.Officer, $"{url}?handler=Act",
            new() { ["action"] = "Return", ["version"] = submitted.Version.ToString(CultureInfo.InvariantCulture) }, url);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        page.QuerySelector("[data-testid=errors]")!.TextContent.ShouldContain("Hãy ghi rõ lý do");
        var comment = page.QuerySelector("textarea#Comment")!;
        comment.GetAttribute("aria-invalid").ShouldBe("true");
        comment.ClassList.ShouldContain("input-validation-error");
        page.QuerySelectorAll("[aria-invalid]").Length.ShouldBe(1, "only the refused field");

        var fresh = new HtmlParser().ParseDocument(await applicant.Officer.GetStringAsync(url));
        fresh.QuerySelectorAll("[aria-invalid]").ShouldBeEmpty();
    }
}
