using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Pages.Council;

/// <summary>A council member's batches and the products to score there. Council members only.</summary>
[Authorize(Policy = Policies.CouncilMember)]
public sealed class IndexModel(CouncilService council) : PageModel
{
    public IReadOnlyList<MemberBatch> Batches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Batches = await council.MyBatchesAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
}
