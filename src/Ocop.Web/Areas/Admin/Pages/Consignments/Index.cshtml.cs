using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;

namespace Ocop.Web.Areas.Admin.Pages.Consignments;

// Area folder policy: RegistryEditor. A producer's own agreements; an officer's: those of the producers of the area.
public sealed class IndexModel(ConsignmentService consignments) : PageModel
{
    public IReadOnlyList<AgreementItem> Agreements { get; private set; } = [];
    public bool IsProducer { get; private set; }

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        IsProducer = scope.IsProducer;
        Agreements = await consignments.ListAsync(scope, ct);
    }
}
