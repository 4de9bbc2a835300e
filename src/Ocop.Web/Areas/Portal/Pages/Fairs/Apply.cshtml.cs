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

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (ModelState.ReplaceBindingErrors(localizer))
        {
            return Page();
        }

        var result = await applications.ApplyAsync(id, Input, UserScope.From(User), ct);
        if (result.Status == ServiceStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.IsOk)
        {
            ModelState.AddServiceErrors(result.Errors, localizer);
            return Page();
        }

        TempData["Flash"] = localizer["Fairs.Applied"].Value;
        return Redirect($"/portal/fairs/{id}/apply");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        var result = await applications.WithdrawAsync(id, UserScope.From(User), ct);
        if (result.Status == ServiceStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.IsOk)
        {
            ModelState.AddServiceErrors(result.Errors, localizer, string.Empty);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Flash"] = localizer["Fairs.Withdrawn"].Value;
        return Redirect("/portal/fairs");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await fairs.PublicPlanAsync(id, ct) is not { } plan)
        {
            return false;
        }

        var scope = UserScope.From(User);
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
