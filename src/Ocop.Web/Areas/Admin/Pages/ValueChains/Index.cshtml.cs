using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.ValueChains;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.ValueChains;

/// <summary>The raw-material areas and value chains of the officer's area.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(ValueChainService chains) : PageModel
{
    public IReadOnlyList<AreaItem> Areas { get; private set; } = [];
    public IReadOnlyList<ChainItem> Chains { get; private set; } = [];

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        Areas = await chains.AreasAsync(scope, ct);
        Chains = await chains.ChainsAsync(scope, ct);
    }
}
