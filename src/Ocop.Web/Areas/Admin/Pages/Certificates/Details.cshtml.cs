using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Certificates;

// Area folder policy: RegistryEditor; revocation is for officers (the service refuses others).
public sealed class DetailsModel(CertificateService certificates, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CertificateItem Certificate { get; private set; } = null!;

    public bool CanRevoke => UserScope.From(User).IsOfficer && Certificate.Status != CertificateStatus.Revoked;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRevokeAsync(int id, string? reason, DateOnly? revokedOn, int version, CancellationToken ct)
    {
        var result = await certificates.RevokeAsync(id, new RevokeInput(reason, revokedOn, version), UserScope.From(User), ct);
        switch (result.Status)
        {
            case ServiceStatus.Ok:
                TempData["Flash"] = localizer["Flash.CertificateRevoked"].Value;
                return Redirect($"/admin/certificates/{id}");
            case ServiceStatus.Invalid:
                ModelState.AddServiceErrors(result.Errors, localizer, string.Empty);
                break;
            case ServiceStatus.Conflict:
                ModelState.AddModelError(string.Empty, localizer["Problem.ConflictDetail"]);
                break;
            default:
                return NotFound();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Certificate = (await certificates.GetAsync(id, UserScope.From(User), ct))!;
        return Certificate is not null;
    }
}
