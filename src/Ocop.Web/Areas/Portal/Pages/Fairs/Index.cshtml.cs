using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Portal.Pages.Fairs;

// Area folder policy: Producer. Fairs open for applications and the producer's own applications with their booths.
public sealed class IndexModel(FairService fairs, BoothApplicationService applications, TimeProvider clock) : PageModel
{
    public IReadOnlyList<FairItem> OpenFairs { get; private set; } = [];
    public IReadOnlyList<ApplicationItem> Mine { get; private set; } = [];

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        Mine = await applications.MineAsync(scope, ct);
        var applied = Mine.Where(a => a.Status != ApplicationStatus.Withdrawn).Select(a => a.FairId).ToHashSet();
        OpenFairs = [.. (await fairs.PublicListAsync(today, ct)).Where(f => f.AcceptsApplications(today) && !applied.Contains(f.Id))];
    }
}
