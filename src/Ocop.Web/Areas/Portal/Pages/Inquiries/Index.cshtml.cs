using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;

namespace Ocop.Web.Areas.Portal.Pages.Inquiries;

// Area folder policy: Producer. The buyers' confirmed inquiries about the producer's own products.
public sealed class IndexModel(InquiryService inquiries) : PageModel
{
    public IReadOnlyList<InquiryItem> Inquiries { get; private set; } = [];

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) => Inquiries = await inquiries.ListAsync(scope, ct);
}
