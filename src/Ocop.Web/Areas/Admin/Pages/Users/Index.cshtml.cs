using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.Users;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Users;

/// <summary>Account managers (policy UserManager): the accounts they manage, searched and filtered.</summary>
[Authorize(Policy = Policies.UserManager)]
public sealed class IndexModel(UserDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }
    [BindProperty(SupportsGet = true)] public UserStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? NotSignedInDays { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public PagedResult<UserListItem> Result { get; private set; } = new([], 1, 20, 0);
    public IReadOnlyList<string> RolesShown { get; private set; } = [];
    public bool IsNational { get; private set; }

    public string PagerQuery =>
        $"q={Uri.EscapeDataString(Q ?? "")}&role={Role}&province={Province}&commune={Commune}&status={Status}&notSignedInDays={NotSignedInDays}";

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        IsNational = scope.IsNational;
        RolesShown = UserGrants.GrantableBy(scope);
        Result = await directory.ListAsync(new UserQuery(Q, Role, Province, Commune, Status, NotSignedInDays, PageNumber, 50), scope, ct);
    }
}
