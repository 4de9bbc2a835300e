using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Certificates;

// Area folder policy: RegistryEditor (officers see their unit's certificates, a producer their own).
public sealed class IndexModel(CertificateService certificates) : PageModel
{
    [BindProperty(SupportsGet = true)] public CertificateStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public PagedResult<CertificateItem> Result { get; private set; } = new([], 1, 20, 0);
    public string PagerQuery => $"status={Status}";

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) =>
        Result = await certificates.ListAsync(new CertificateQuery(Status, null, PageNumber, 20), scope, ct);
}
