using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Portal.Pages.Fairs;

// Area folder policy: Producer. Apply for booths at a published fair (products to show, booths, zone, wishes), see the outcome, withdraw.
public sealed class ApplyModel(FairService fairs, BoothApplicationService applications, ProductService products, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public FairPlan Plan { get; private set; } = null!;
    public ApplicationItem? Existing { get; private set; }
    public IReadOnlyList<ProductListItem> OwnProducts { get; private set; } = [];
    public bool AcceptsApplications { get; private set; }
    public bool CanWithdraw { get; private set; }

    [BindProperty] public ApplicationInput Input { get; set; } = new() { BoothsRequested = 1 };

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await LoadAsync(id, scope, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (!await LoadAsync(id, scope, ct))
        {
            return NotFound();
        }

        if (ModelState.ReplaceBindingErrors(localizer))
        {
            return Page();
        }

        var result = await applications.ApplyAsync(id, Input, scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/portal/fairs/{id}/apply", localizer["Fairs.Applied"])) ?? Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, UserScope scope, CancellationToken ct)
    {
        var result = await applications.WithdrawAsync(id, scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash("/portal/fairs", localizer["Fairs.Withdrawn"]), prefix: string.Empty)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await fairs.PublicPlanAsync(id, ct) is not { } plan)
        {
            return false;
        }

        var today = VietnamTime.Today(clock);
        Plan = plan;
        Existing = await applications.MineAtAsync(id, scope, ct);
        AcceptsApplications = plan.Fair.AcceptsApplications(today) && Existing is null or { Status: ApplicationStatus.Withdrawn };
        CanWithdraw = Existing is { Status: ApplicationStatus.Active } && today < plan.Fair.StartsOn;
        OwnProducts = [.. (await products.ListAsync(new ProductQuery(null, scope.ProducerId, null, null, null, null, null, 1, 100), scope, ct)).Items
            .Where(p => p.Status != ProductStatus.Withdrawn)];
        return true;
    }
}
