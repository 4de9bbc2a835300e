using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Producers;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Producers;

// Area folder policy: RegistryEditor (officers see their unit, a producer only their own record).
public sealed class IndexModel(ProducerService producers) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ProducerType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public ProducerStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public PagedResult<ProducerListItem> Result { get; private set; } = new([], 1, 20, 0);
    public bool CanCreate { get; private set; }
    public string PagerQuery => $"q={Uri.EscapeDataString(Q ?? string.Empty)}&type={Type}&status={Status}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
        CanCreate = scope.IsOfficer;
        Result = await producers.ListAsync(new ProducerQuery(Q, Type, null, null, Status, PageNumber, 20), scope, ct);
    }
}
