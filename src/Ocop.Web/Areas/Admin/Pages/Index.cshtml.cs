using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages;

/// <summary>The officer's dashboard: dossiers waiting, batches scoring, certificates about to expire. Officers only.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(
    DossierService dossiers, BatchService batches, CertificateService certificates, Features.Traceability.ScanStatistics scans,
    Features.Onboarding.JoinRequestService joins, Features.Accounts.Users.UserDirectory accounts, Features.Import.ImportService imports,
    Data.OcopDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The province's lists uploaded but not imported yet (province officers; null for others).</summary>
    public int? PendingImports { get; private set; }

    /// <summary>Producers' requests to join waiting for this officer's commune or province.</summary>
    public int JoinWaiting { get; private set; }

    /// <summary>For account managers: invited accounts whose link is not used yet.</summary>
    public int? InvitedAccounts { get; private set; }

    public IReadOnlyList<Features.Traceability.ProductScans> TopScanned { get; private set; } = [];

    public int Waiting { get; private set; }

    public IReadOnlyList<BatchListItem> OpenBatches { get; private set; } = [];

    /// <summary>Products whose stars end within <see cref="Window"/> days (certificates and confirmed paper ratings; <see cref="Features.Programme.StarsEnding"/>).</summary>
    public IReadOnlyList<Features.Programme.EndingStars> Ending { get; private set; } = [];

    public int Window => certificates.ExpiringWithinDays;

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        Waiting = (await dossiers.ListAsync(new DossierQuery(DossierStatus.Submitted, null, 1, 1), scope, ct)).TotalCount;
        if (DossierWorkflow.IsProvinceLevel(scope))
        {
            // Dossiers the communes forwarded wait for the province's receiving check too.
            Waiting += (await dossiers.ListAsync(new DossierQuery(DossierStatus.Forwarded, null, 1, 1), scope, ct)).TotalCount;
        }

        OpenBatches = [.. (await batches.ListAsync(scope, ct)).Where(b => b.Status == BatchStatus.Open)];
        var today = VietnamTime.Today(clock);
        Ending = await Features.Programme.StarsEnding.BetweenAsync(db, db.Products.VisibleTo(scope), today, today.AddDays(Window), ct);
        TopScanned = await scans.TopAsync(30, 10, scope, ct);
        JoinWaiting = await joins.WaitingCountAsync(scope, ct);
        if (!scope.IsNational && scope.CommuneCode is null)
        {
            PendingImports = (await imports.RecentAsync(scope, ct)).Count(b => b.Status == Features.Import.ImportStatus.Uploaded);
        }

        if (Features.Accounts.Users.UserGrants.IsManager(scope))
        {
            InvitedAccounts = (await accounts.ListAsync(new Features.Accounts.Users.UserQuery(Status: Features.Accounts.Users.UserStatus.Invited, PageSize: 1), scope, ct)).TotalCount;
        }
    }
}
