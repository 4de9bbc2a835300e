using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Products;

/// <summary>A buyer asks the producer for a quote. Anonymous; refused input stays in the form; a mailed link confirms it.</summary>
[AllowAnonymous]
public sealed class InquiryModel(ProductService products, InquiryService inquiries, InquiryThrottle throttle, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public InquiryInput Input { get; set; } = new();

    public ProductPublicDto Product { get; private set; } = null!;

    /// <summary>Set once the inquiry is taken: the page then says to look for the confirmation mail.</summary>
    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await products.GetPublicAsync(id, ct) is not { } product)
        {
            return NotFound();
        }

        Product = product;
        Input.Market = InquiryMarket.Domestic;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await products.GetPublicAsync(id, ct) is not { } product)
        {
            return NotFound();
        }

        Product = product;
        if (ModelState.TryGetValue("Input.Quantity", out var typed) && typed.Errors.Count > 0)
        {
            typed.Errors.Clear();
            ModelState.AddModelError("Input.Quantity", localizer["Validation.Inquiry.Quantity"]);
            return Page();
        }

        var result = await inquiries.SubmitAsync(id, Input, token => throttle.TryTakeAsync(HttpContext, token), ct);
        if (!result.IsOk)
        {
            ModelState.AddServiceErrors(result.Errors, localizer);
            return Page();
        }

        Sent = true;
        return Page();
    }
}
