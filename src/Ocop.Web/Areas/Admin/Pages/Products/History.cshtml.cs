using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Audit;

namespace Ocop.Web.Areas.Admin.Pages.Products;

// Area folder policy: RegistryEditor; history of deleted records stays readable.
public sealed class HistoryModel(HistoryService history) : PageModel
{
    public int Id { get; private set; }
    public IReadOnlyList<HistoryItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        if (await history.ForProductAsync(id, scope, ct) is not { } items)
        {
            return NotFound();
        }

        Items = items;
        return Page();
    }
}
