using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Dossiers;

// Area folder policy: RegistryEditor; the producer (or an officer for them) fills it while the dossier is a draft or returned.
public sealed class SelfAssessmentModel(DossierService dossiers, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public DossierDetails Dossier { get; private set; } = null!;

    public ScoreSheetFormModel Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await LoadAsync(id, null, scope, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, Dictionary<string, string?>? answers, int version, UserScope scope, CancellationToken ct)
    {
        var parsed = ScoreSheetFormModel.Parse(answers);
        var result = await dossiers.SaveSelfAssessmentAsync(id, new SelfAssessmentInput(parsed, version), scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/dossiers/{id}", localizer["Flash.DossierSaved"]), prefix: string.Empty)
            ?? (await LoadAsync(id, parsed, scope, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(int id, IReadOnlyDictionary<string, int>? posted, UserScope scope, CancellationToken ct)
    {
        Dossier = (await dossiers.GetAsync(id, scope, ct))!;
        if (Dossier is null || await dossiers.ScorecardForAsync(id, scope, ct) is not { } card)
        {
            return false;
        }

        var editable = Dossier.Status is DossierStatus.Draft or DossierStatus.Returned;
        Sheet = new ScoreSheetFormModel(card.Definition, card.Rules, posted ?? Dossier.SelfAssessment, ReadOnly: !editable);
        return true;
    }
}
