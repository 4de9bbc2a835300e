using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Support;

namespace Ocop.Web.Areas.Portal.Pages.Support;

// Area folder policy: Producer. The support the producer received and its documents (read-only; officers keep the records).
public sealed class IndexModel(SupportService support, AttachmentService attachments) : PageModel
{
    public IReadOnlyList<SupportItem> Records { get; private set; } = [];
    public IReadOnlyDictionary<int, List<AttachmentItem>> Documents { get; private set; } = new Dictionary<int, List<AttachmentItem>>();

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        Records = await support.ListAsync(null, null, scope, ct);
        var documents = new Dictionary<int, List<AttachmentItem>>();
        foreach (var record in Records)
        {
            documents[record.Id] = await attachments.ListAsync(AttachmentOwner.SupportRecord, record.Id, scope, ct) ?? [];
        }

        Documents = documents;
    }
}
