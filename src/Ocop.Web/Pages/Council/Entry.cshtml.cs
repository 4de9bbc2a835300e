using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Council;

/// <summary>A member's own sheet for one product; 404 for anyone not on that product's council.</summary>
[Authorize(Policy = Policies.CouncilMember)]
public sealed class EntryModel(CouncilService council, EntryDossierService dossiers, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public MemberEntry Entry { get; private set; } = null!;

    public ScoreSheetFormModel Sheet { get; private set; } = null!;

    /// <summary>The dossier read beside the sheet: product, documents, self-assessment, advisory records.</summary>
    public EntryDossier Dossier { get; private set; } = null!;

    public bool CanEdit => Entry.BatchStatus == BatchStatus.Open && Entry.Sheet?.Status != SheetStatus.Submitted;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, null, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, Dictionary<string, string?>? answers, string[]? knockouts, int? version, string? submit, CancellationToken ct)
    {
        var parsed = ScoreSheetFormModel.Parse(answers);
        var isSubmit = submit is not null;
        var result = await council.SaveSheetAsync(id, UserId, new SheetInput(parsed, isSubmit, version, knockouts ?? []), ct);
        var flash = isSubmit ? "Flash.SheetSubmitted" : "Flash.SheetSaved";
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/council/entries/{id}", localizer[flash]), prefix: string.Empty)
            ?? (await LoadAsync(id, parsed, ct, knockouts ?? []) ? Page() : NotFound());
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<bool> LoadAsync(int id, IReadOnlyDictionary<string, int>? posted, CancellationToken ct, IReadOnlyList<string>? postedKnockOuts = null)
    {
        Entry = (await council.EntryAsync(id, UserId, ct))!;
        if (Entry is null)
        {
            return false;
        }

        Dossier = (await dossiers.GetAsync(id, UserId, ct))!;
        Sheet = new ScoreSheetFormModel(
            Entry.Definition, Entry.Rules, posted ?? Entry.Sheet?.Answers ?? new Dictionary<string, int>(), ReadOnly: !CanEdit,
            KnockOuts: postedKnockOuts ?? Entry.Sheet?.KnockOuts ?? [], SelfAssessment: Dossier.SelfAssessment);
        return true;
    }
}
