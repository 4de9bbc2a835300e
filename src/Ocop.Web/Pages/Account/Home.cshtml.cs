using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Pages.Account;

/// <summary>Signed in with a password: where each role starts, its own to-dos.</summary>
[Authorize(Policy = Policies.InteractiveUser)]
public sealed class HomeModel : PageModel
{
    public IActionResult OnGet() => Redirect(
        User.IsInRole(Roles.Producer) ? "/portal"
        : User.IsInRole(Roles.NationalAdmin) || User.IsInRole(Roles.ProvinceOfficer) || User.IsInRole(Roles.CommuneOfficer) ? "/admin"
        : User.IsInRole(Roles.CouncilMember) ? "/council"
        : "/");
}
