using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Fairs;

/// <summary>After the fair: visitors and each exhibitor's sales and contracts, and the summary report (screen, PDF, Excel).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class ResultsModel(FairResultsService results, BoothApplicationService applications, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public FairSummary Summary { get; private set; } = null!;
    public IReadOnlyList<ApplicationItem> Exhibitors { get; private set; } = [];
    public bool CanEnter { get; private set; }

    [BindProperty] public int? Visitors { get; set; }
    [BindProperty] public List<RowForm> Rows { get; set; } = [];

    public sealed class RowForm
    {
        public int ApplicationId { get; set; }
        public decimal? SalesAmount { get; set; }
        public int? ContractsSigned { get; set; }
        public decimal? ContractValue { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        Visitors = Summary.Fair.Visitors;
        Rows = [.. Exhibitors.Select(e => new RowForm { ApplicationId = e.Id, SalesAmount = e.SalesAmount, ContractsSigned = e.ContractsSigned, ContractValue = e.ContractValue })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        if (ModelState.ReplaceBindingErrors(localizer, "Rows") | ModelState.ReplaceBindingErrors(localizer, "Visitors"))
        {
            return Page();
        }

        var input = new ResultsInput
        {
            Visitors = Visitors,
            Exhibitors = [.. Rows.Select(r => new ExhibitorResultInput(r.ApplicationId, r.SalesAmount, r.ContractsSigned, r.ContractValue))],
        };
        var result = await results.SaveResultsAsync(id, input, scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/fairs/{id}/results", localizer["Flash.Saved"]), prefix: null) ?? Page();
    }

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await results.SummaryAsync(id, scope, ct) is not { } summary)
        {
            return false;
        }

        Summary = summary;
        Exhibitors = [.. (await applications.ListAsync(id, scope, ct))!.Where(a => a.Status == ApplicationStatus.Active && a.BoothsAllocated > 0).OrderBy(a => a.BoothCodes[0], StringComparer.Ordinal)];
        CanEnter = summary.Fair.HasEnded(VietnamTime.Today(clock));
        return true;
    }
}
