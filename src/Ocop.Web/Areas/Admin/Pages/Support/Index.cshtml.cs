using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Support;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Support;

/// <summary>The support records of the officer's area, by year and kind.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(SupportService support) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public SupportKind? Kind { get; set; }
    /// <summary>Only the records that used this policy (the policies page links here).</summary>
    [BindProperty(SupportsGet = true)] public int? Policy { get; set; }
    public IReadOnlyList<SupportItem> Records { get; private set; } = [];

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) =>
        Records = await support.ListAsync(Year is >= 2000 and <= 2100 ? Year : null, Kind, scope, ct, Policy);
}
