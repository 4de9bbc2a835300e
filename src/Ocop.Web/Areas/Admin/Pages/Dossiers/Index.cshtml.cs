using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Dossiers;

// Area folder policy: RegistryEditor (officers see their unit's dossiers, a producer only their own).
public sealed class IndexModel(DossierService dossiers) : PageModel
{
    [BindProperty(SupportsGet = true)] public DossierStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public PagedResult<DossierListItem> Result { get; private set; } = new([], 1, 20, 0);
    public string PagerQuery => $"status={Status}";

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) =>
        Result = await dossiers.ListAsync(new DossierQuery(Status, null, PageNumber, 20), scope, ct);
}
