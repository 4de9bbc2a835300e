using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.SalesPoints;

/// <summary>The display and sales points of the officer's area, inactive ones too.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(SalesPointService points) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public SalesPointType? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public PagedResult<SalesPointItem> Result { get; private set; } = new([], 1, 20, 0);
    public string PagerQuery => $"q={Uri.EscapeDataString(Q ?? string.Empty)}&type={Type}";

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) =>
        Result = await points.ListAsync(new SalesPointQuery(Q, Type, null, true, PageNumber, 20), scope, ct);
}
