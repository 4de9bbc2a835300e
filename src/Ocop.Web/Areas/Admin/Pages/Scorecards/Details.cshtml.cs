using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Scorecards;

/// <summary>One scorecard, readable by officers; confirming and importing are for the national administrator.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DetailsModel(ScorecardService scorecards, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ScorecardDetails Card { get; private set; } = null!;

    public bool CanEdit => User.IsInRole(Roles.NationalAdmin);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVerifyAsync(int id, int version, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        return await AfterAsync(id, await scorecards.VerifyAsync(id, version, ct), "Flash.ScorecardVerified", ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, int version, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        return await AfterAsync(id, await ScorecardEndpoints.ImportAsync(id, file, version, scorecards, ct), "Flash.ScorecardImported", ct);
    }

    private async Task<IActionResult> AfterAsync(int id, ServiceResult<int> result, string flash, CancellationToken ct) =>
        this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/scorecards/{id}", localizer[flash]), prefix: string.Empty)
            ?? (await LoadAsync(id, ct) ? Page() : NotFound());

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Card = (await scorecards.GetAsync(id, ct))!;
        return Card is not null;
    }
}
