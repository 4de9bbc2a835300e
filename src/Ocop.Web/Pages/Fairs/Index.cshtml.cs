using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Features.Public;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Pages.Fairs;

/// <summary>The published trade fairs: coming and running first, then past ones.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class IndexModel(FairService fairs, TimeProvider clock) : PageModel
{
    public IReadOnlyList<FairItem> Fairs { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(clock);
        Fairs = await fairs.PublicListAsync(Today, ct);
    }
}
