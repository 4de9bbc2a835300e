using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Batches;

/// <summary>Batches of the officer's province (all for the national administrator), and a form to open one.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(BatchService batches, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<BatchListItem> Items { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int Year { get; set; }
    [BindProperty] public DateOnly StartsOn { get; set; }
    [BindProperty] public DateOnly EndsOn { get; set; }
    [BindProperty] public string? AdvisoryTeam { get; set; }
    [BindProperty] public string? RegimeCode { get; set; }
    [BindProperty] public int? Round { get; set; }

    /// <summary>Regimes a batch can be opened under today (two while an older one finishes its transition).</summary>
    public IReadOnlyList<WorkflowRegime> Regimes { get; private set; } = [];

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        Year = today.Year;
        StartsOn = today;
        EndsOn = today.AddMonths(1);
        Regimes = batches.RegimesForNewBatches(scope);
        Items = await batches.ListAsync(scope, ct);
    }

    public async Task<IActionResult> OnPostAsync(UserScope scope, CancellationToken ct)
    {
        var result = await batches.CreateAsync(new BatchInput(Name, Year, StartsOn, EndsOn, AdvisoryTeam, RegimeCode, Round), scope, ct);
        if (result.Status == ServiceStatus.NotFound)
        {
            return Forbid();
        }

        if (result.IsOk)
        {
            TempData["Flash"] = localizer["Flash.BatchCreated"].Value;
            return Redirect($"/admin/batches/{result.Value}");
        }

        ModelState.AddServiceErrors(result.Errors, localizer, string.Empty);
        Regimes = batches.RegimesForNewBatches(scope);
        Items = await batches.ListAsync(scope, ct);
        return Page();
    }
}
