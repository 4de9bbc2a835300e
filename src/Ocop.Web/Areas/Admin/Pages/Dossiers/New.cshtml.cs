using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Dossiers;

// Area folder policy: RegistryEditor; only products in the caller's scope are offered.
public sealed class NewModel(DossierService dossiers, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public int ProductId { get; set; }
    /// <summary>None chosen: a product without stars is a first evaluation; a rated one must say re-evaluation or upgrade.</summary>
    [BindProperty] public DossierKind? Kind { get; set; }
    [BindProperty] public string? Note { get; set; }

    public IReadOnlyList<DossierProductOption> Products { get; private set; } = [];

    public async Task OnGetAsync(int? product, UserScope scope, CancellationToken ct)
    {
        ProductId = product ?? 0;
        Products = await dossiers.ProductOptionsAsync(scope, ct);
        if (Products.FirstOrDefault(p => p.Id == ProductId) is { } chosen)
        {
            Kind = chosen.Stars is null ? DossierKind.New : DossierKind.ReEvaluation;
        }
    }

    public async Task<IActionResult> OnPostAsync(UserScope scope, CancellationToken ct)
    {
        Products = await dossiers.ProductOptionsAsync(scope, ct);
        var rated = Products.FirstOrDefault(p => p.Id == ProductId) is { Stars: not null };
        if (Kind is null && rated)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Kind), localizer["Validation.Dossier.KindForRated"]);
            return Page();
        }

        var result = await dossiers.CreateAsync(new DossierInput(ProductId, Kind ?? DossierKind.New, Note), scope, ct);
        if (result.IsOk)
        {
            TempData["Flash"] = localizer["Flash.DossierCreated"].Value;
            return Redirect($"/admin/dossiers/{result.Value}");
        }

        ModelState.Clear();
        ModelState.AddServiceErrors(result.Errors, localizer, string.Empty);
        return Page();
    }
}
