using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Inspections;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Inspections;

/// <summary>The year's inspection plan of the officer's area (Điều 9): what it found so far, each inspection, and a form to plan one.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(InspectionService inspections, CertificateService certificates, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public string? CertificateNumber { get; set; }
    [BindProperty] public InspectionKind Kind { get; set; }
    [BindProperty] public DateOnly? PlannedOn { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool ChecksCriteria { get; set; } = true;
    [BindProperty] public bool ChecksMark { get; set; } = true;
    [BindProperty] public bool ChecksPromotion { get; set; }
    [BindProperty] public string? Team { get; set; }

    public int ShownYear => Year is >= 2000 and <= 2100 ? Year.Value : VietnamTime.Today(clock).Year;
    public InspectionSummary Summary { get; private set; } = null!;
    public IReadOnlyList<InspectionItem> Items { get; private set; } = [];
    /// <summary>Numbers of the certificates in force the caller may inspect, for the form's suggestions.</summary>
    public IReadOnlyList<string> InForce { get; private set; } = [];
    public bool CanPlan { get; private set; }

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        PlannedOn = VietnamTime.Today(clock);
        await LoadAsync(scope, ct);
    }

    public async Task<IActionResult> OnPostAsync(UserScope scope, CancellationToken ct)
    {
        var result = await inspections.CreateAsync(new InspectionInput(CertificateNumber, Kind, PlannedOn, Reason, ChecksCriteria, ChecksMark, ChecksPromotion, Team), scope, ct);
        if (result.IsOk)
        {
            return this.RedirectWithFlash($"/admin/inspections/{result.Value}", localizer["Flash.InspectionPlanned"]);
        }

        ModelState.AddServiceErrors(result.Errors, localizer, string.Empty);
        await LoadAsync(scope, ct);
        return Page();
    }

    private async Task LoadAsync(UserScope scope, CancellationToken ct)
    {
        Summary = await inspections.SummaryAsync(ShownYear, scope, ct);
        Items = await inspections.ListAsync(ShownYear, scope, ct);
        CanPlan = InspectionService.Leads(scope);
        var today = VietnamTime.Today(clock);
        InForce = CanPlan
            ? await certificates.Visible(scope).Where(c => c.RevokedOn == null && c.ExpiresOn >= today).OrderBy(c => c.Number).Select(c => c.Number).Take(500).ToListAsync(ct)
            : [];
    }
}
