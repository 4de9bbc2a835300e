using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Fairs;

/// <summary>The fairs of the officer's province (all for the national admin), drafts too.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(FairService fairs) : PageModel
{
    public IReadOnlyList<FairItem> Fairs { get; private set; } = [];
    public bool CanOrganise { get; private set; }

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        CanOrganise = scope.IsNational || scope.CommuneCode is null;
        Fairs = await fairs.ListAsync(scope, ct);
    }
}
