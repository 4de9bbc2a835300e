using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Inspections;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Certificates;

// Area folder policy: RegistryEditor; revocation is for officers (the service refuses others).
public sealed class DetailsModel(CertificateService certificates, InspectionService inspections, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CertificateItem Certificate { get; private set; } = null!;

    public bool CanRevoke { get; private set; }

    /// <summary>An inspection's proposal to revoke this certificate (Điều 8.3a), which the revocation form starts from.</summary>
    public InspectionDetails? Proposal { get; private set; }

    /// <summary>The proposal's findings as the revocation's reason, within the reason's 1000 characters.</summary>
    public string? ProposalReason => Proposal?.Findings is { } findings ? findings[..Math.Min(findings.Length, 1000)] : null;

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await LoadAsync(id, scope, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRevokeAsync(
        int id, string? reason, DateOnly? revokedOn, int version, RevocationGround? ground, string? decisionNumber, string? signer, UserScope scope, CancellationToken ct)
    {
        var result = await certificates.RevokeAsync(id, new RevokeInput(reason, revokedOn, version, ground, decisionNumber, signer), scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/certificates/{id}", localizer["Flash.CertificateRevoked"]), prefix: string.Empty)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        Certificate = (await certificates.GetAsync(id, scope, ct))!;
        // Điều 8.2: the province revokes 3★/4★, the Ministry 5★; the form is shown to whoever may decide.
        CanRevoke = Certificate is not null && scope.IsOfficer && Certificate.Status != CertificateStatus.Revoked
            && CertificateService.RevocationAuthority(Certificate.Stars, scope) is null;
        Proposal = Certificate is null ? null : await inspections.OpenProposalAsync(id, scope, ct);
        return Certificate is not null;
    }
}
