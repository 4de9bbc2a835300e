using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Onboarding;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.JoinRequests;

/// <summary>Officers: the confirmed requests to join of their commune or province, waiting ones first.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(JoinRequestService requests) : PageModel
{
    [BindProperty(SupportsGet = true)] public JoinRequestStatus? Status { get; set; }
    public IReadOnlyList<JoinRequestItem> Requests { get; private set; } = [];

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) => Requests = await requests.ListAsync(scope, Status, ct);
}
