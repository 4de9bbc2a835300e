using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Portal.Pages.Inquiries;

// Area folder policy: Producer. One inquiry with the buyer's contact, and the answer form (mailed to the buyer).
public sealed class DetailsModel(InquiryService inquiries, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public InquiryItem Inquiry { get; private set; } = null!;

    [BindProperty] public string? Answer { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await inquiries.GetAsync(id, scope, ct) is not { } inquiry)
        {
            return NotFound();
        }

        Inquiry = inquiry;
        Answer = inquiry.Answer;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, UserScope scope, CancellationToken ct)
    {
        var result = await inquiries.AnswerAsync(id, Answer, scope, ct);
        if (result.Status == ServiceStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.IsOk)
        {
            ModelState.AddServiceErrors(result.Errors, localizer, string.Empty);
            Inquiry = (await inquiries.GetAsync(id, scope, ct))!;
            return Page();
        }

        TempData["Flash"] = localizer["Inquiries.AnswerSent"].Value;
        return Redirect($"/portal/inquiries/{id}");
    }
}
