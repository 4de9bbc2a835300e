using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Inquiries;

/// <summary>How many confirmed buyer inquiries each product of the area drew (counts only: the buyers' details are the producers').</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(InquiryService inquiries) : PageModel
{
    public IReadOnlyList<InquiryVolume> Volumes { get; private set; } = [];

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) => Volumes = await inquiries.VolumeAsync(scope, ct);
}
