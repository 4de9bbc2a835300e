using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Support;

namespace Ocop.Web.Areas.Portal.Pages.Support;

// Area folder policy: Producer. The support the producer received (read-only; officers keep the records).
public sealed class IndexModel(SupportService support) : PageModel
{
    public IReadOnlyList<SupportItem> Records { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Records = await support.ListAsync(null, null, UserScope.From(User), ct);
}
