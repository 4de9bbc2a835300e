using Microsoft.AspNetCore.Mvc;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Products;

/// <summary>The product page's e-commerce listings: add one (the form is kept when refused), remove one.</summary>
public sealed partial class DetailsModel
{
    [BindProperty] public ListingInput NewListing { get; set; } = new();

    public async Task<IActionResult> OnPostAddListingAsync(int id, UserScope scope, [FromServices] ListingService listings, CancellationToken ct)
    {
        if (ModelState.TryGetValue("NewListing.Price", out var typedPrice) && typedPrice.Errors.Count > 0)
        {
            // Not a number: say so in the user's language instead of saving the listing without its price.
            typedPrice.Errors.Clear();
            ModelState.AddModelError("NewListing.Price", localizer["Validation.Listing.Price"]);
            return await ShowAsync(id, scope, ct);
        }

        var result = await listings.SaveAsync(id, null, NewListing, scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/products/{id}#listings", localizer["Listings.Added"]), "NewListing")
            ?? await ShowAsync(id, scope, ct);
    }

    public async Task<IActionResult> OnPostDeleteListingAsync(int id, int listingId, UserScope scope, [FromServices] ListingService listings, CancellationToken ct) =>
        this.Outcome(await listings.DeleteAsync(id, listingId, scope, ct), localizer, _ => this.RedirectWithFlash($"/admin/products/{id}#listings", localizer["Listings.Removed"]), prefix: null)
            ?? await ShowAsync(id, scope, ct);
}
