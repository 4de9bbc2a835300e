using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Products;

// Area folder policy: RegistryEditor; records outside the user's scope answer 404.
public sealed class DetailsModel(
    ProductService products, ProductImageService images, CertificateService certificates, ResolverService resolver, LotService lots, LotDocumentService lotDocuments,
    ScanStatistics scans, ListingService listings, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ProductDetails Product { get; private set; } = null!;

    /// <summary>Every certificate the product has had, revoked and expired ones included (history kept).</summary>
    public IReadOnlyList<CertificateItem> Certificates { get; private set; } = [];

    public IReadOnlyList<LotItem> Lots { get; private set; } = [];

    /// <summary>Each lot's documents (test results, certifications), shown on its public page.</summary>
    public Dictionary<int, IReadOnlyList<LotDocumentItem>> LotDocuments { get; } = [];

    /// <summary>The lot whose document upload was refused: its form stays open with the message.</summary>
    public int? RefusedLotId { get; private set; }

    /// <summary>The title typed with a refused upload, shown again so nothing typed is lost.</summary>
    public string? RefusedTitle { get; private set; }

    public ScanSeries? Scans { get; private set; }

    /// <summary>The product's e-commerce listings (shown on its public page under "where to buy").</summary>
    public IReadOnlyList<ListingItem> Listings { get; private set; } = [];

    /// <summary>The new-listing form (kept when refused).</summary>
    [BindProperty] public ListingInput NewListing { get; set; } = new();

    public async Task<IActionResult> OnPostAddListingAsync(int id, CancellationToken ct)
    {
        if (ModelState.TryGetValue("NewListing.Price", out var typedPrice) && typedPrice.Errors.Count > 0)
        {
            // Not a number: say so in the user's language instead of saving the listing without its price.
            typedPrice.Errors.Clear();
            ModelState.AddModelError("NewListing.Price", localizer["Validation.Listing.Price"]);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        var result = await listings.SaveAsync(id, null, NewListing, UserScope.From(User), ct);
        if (result.Status == ServiceStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.IsOk)
        {
            ModelState.AddServiceErrors(result.Errors, localizer, "NewListing");
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Flash"] = localizer["Listings.Added"].Value;
        return Redirect($"/admin/products/{id}#listings");
    }

    public async Task<IActionResult> OnPostDeleteListingAsync(int id, int listingId, CancellationToken ct)
    {
        var result = await listings.DeleteAsync(id, listingId, UserScope.From(User), ct);
        if (result.Status == ServiceStatus.NotFound)
        {
            return NotFound();
        }

        TempData["Flash"] = localizer["Listings.Removed"].Value;
        return Redirect($"/admin/products/{id}#listings");
    }

    /// <summary>The new-lot form (kept when it is refused, so nothing typed is lost).</summary>
    [BindProperty] public LotForm NewLot { get; set; } = new();

    public sealed class LotForm
    {
        public string? Code { get; set; }
        public DateOnly? ProducedOn { get; set; }
        public DateOnly? ExpiresOn { get; set; }
        public decimal? Quantity { get; set; }
        public string? Unit { get; set; }
        public string? RawMaterialArea { get; set; }
        public string? Steps { get; set; }
        public int? Version { get; set; }
    }

    public async Task<IActionResult> OnPostAddLotAsync(int id, CancellationToken ct) =>
        await SaveLotAsync(id, null, NewLot, "NewLot", "Flash.LotAdded", ct);

    /// <summary>The edit form of one lot (its fields carry the lot's version, so a concurrent change is caught).</summary>
    [BindProperty] public LotForm EditLot { get; set; } = new();

    /// <summary>The lot whose edit was refused: its form stays open with what was typed and the messages.</summary>
    public int? RefusedEditLotId { get; private set; }

    public async Task<IActionResult> OnPostEditLotAsync(int id, int lotId, CancellationToken ct)
    {
        RefusedEditLotId = lotId;
        return await SaveLotAsync(id, lotId, EditLot, "EditLot", "Flash.LotSaved", ct);
    }

    /// <summary>The steps text as the form shows it: one "dd/MM/yyyy what was done" per line.</summary>
    public static string StepsText(IEnumerable<LotStep> steps) =>
        string.Join('\n', steps.Select(s => $"{s.On.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} {s.Text}"));

    private async Task<IActionResult> SaveLotAsync(int id, int? lotId, LotForm form, string prefix, string flashKey, CancellationToken ct)
    {
        var steps = new List<LotStep>();
        foreach (var line in (form.Steps ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !DateOnly.TryParseExact(line[..space], "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var on))
            {
                ModelState.AddModelError($"{prefix}.Steps", $"{localizer["Validation.Lot.StepLine"]} {line}");
                return await LoadAsync(id, ct) ? Page() : NotFound();
            }

            steps.Add(new LotStep(on, line[(space + 1)..]));
        }

        var input = new LotInput(form.Code, form.ProducedOn, form.ExpiresOn, form.Quantity, form.Unit, form.RawMaterialArea, steps, form.Version);
        var result = await lots.SaveAsync(id, lotId, input, UserScope.From(User), ct);
        switch (result.Status)
        {
            case ServiceStatus.Ok:
                TempData["Flash"] = localizer[flashKey].Value;
                return Redirect($"/admin/products/{id}#lots");
            case ServiceStatus.Invalid:
                ModelState.AddServiceErrors(result.Errors, localizer, prefix);
                return await LoadAsync(id, ct) ? Page() : NotFound();
            case ServiceStatus.Conflict:
                ModelState.AddModelError($"{prefix}.Code", localizer["Problem.ConflictDetail"]);
                if (!await LoadAsync(id, ct))
                {
                    return NotFound();
                }

                // What was typed stays; the version becomes the current one, so saving again after a look goes through.
                form.Version = Lots.FirstOrDefault(l => l.Id == lotId)?.Version;
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAddLotDocumentAsync(int id, int lotId, string? title, IFormFile? file, CancellationToken ct)
    {
        var result = file is null
            ? ServiceResult<int>.Invalid("File", "Validation.Document.Empty")
            : await AddLotDocumentAsync(id, lotId, title, file, ct);
        switch (result.Status)
        {
            case ServiceStatus.Ok:
                TempData["Flash"] = localizer["Lots.DocumentAdded"].Value;
                return Redirect($"/admin/products/{id}#lots");
            case ServiceStatus.Invalid:
                (RefusedLotId, RefusedTitle) = (lotId, title);
                ModelState.AddServiceErrors(result.Errors, localizer, $"LotDocument{lotId}");
                return await LoadAsync(id, ct) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostDeleteLotDocumentAsync(int id, int lotId, int documentId, CancellationToken ct)
    {
        if (!await lotDocuments.DeleteAsync(id, lotId, documentId, UserScope.From(User), ct))
        {
            return NotFound();
        }

        TempData["Flash"] = localizer["Lots.DocumentDeleted"].Value;
        return Redirect($"/admin/products/{id}#lots");
    }

    private async Task<ServiceResult<int>> AddLotDocumentAsync(int id, int lotId, string? title, IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return await lotDocuments.AddAsync(id, lotId, title, file.FileName, stream, file.Length, UserScope.From(User), ct);
    }

    /// <summary>What the product's QR code carries; null while the product is not public (the code would lead nowhere).</summary>
    public string? DigitalLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? image, CancellationToken ct)
    {
        if (image is null)
        {
            ModelState.AddModelError("image", localizer["Validation.Image.Empty"]);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        await using var stream = image.OpenReadStream();
        var result = await images.AddAsync(id, stream, image.Length, UserScope.From(User), ct);
        if (result.Status == ServiceStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.IsOk)
        {
            ModelState.AddServiceErrors(result.Errors, localizer, string.Empty);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/admin/products/{id}");
    }

    public async Task<IActionResult> OnPostDeleteImageAsync(int id, int imageId, CancellationToken ct)
    {
        if (!await images.DeleteAsync(id, imageId, UserScope.From(User), ct))
        {
            return NotFound();
        }

        TempData["Flash"] = localizer["Flash.ImageDeleted"].Value;
        return Redirect($"/admin/products/{id}");
    }

    /// <summary>Moves a picture one place earlier (step -1) or later (+1); the first is the cover.</summary>
    public async Task<IActionResult> OnPostMoveImageAsync(int id, int imageId, int step, CancellationToken ct)
    {
        var scope = UserScope.From(User);
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var result = await images.ReorderAsync(id, await images.OrderWithMoveAsync(id, imageId, step, ct), scope, ct);
        return result.Status == ServiceStatus.NotFound ? NotFound() : Redirect($"/admin/products/{id}#images");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int version, CancellationToken ct)
    {
        var result = await products.DeleteAsync(id, version, UserScope.From(User), ct);
        switch (result.Status)
        {
            case ServiceStatus.Ok:
                TempData["Flash"] = localizer["Flash.Deleted"].Value;
                return Redirect("/admin/products");
            case ServiceStatus.Conflict:
                ModelState.AddModelError(string.Empty, localizer["Problem.ConflictDetail"]);
                return await LoadAsync(id, ct) ? Page() : NotFound();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Product = (await products.GetAsync(id, UserScope.From(User), ct))!;
        if (Product is null)
        {
            return false;
        }

        Certificates = (await certificates.ListAsync(new CertificateQuery(null, id, 1, 100), UserScope.From(User), ct)).Items;
        DigitalLink = await resolver.ByIdAsync(id, ct) is { } published ? resolver.LinkFor(published) : null;
        Lots = await lots.ListAsync(id, UserScope.From(User), ct) ?? [];
        foreach (var lot in Lots)
        {
            LotDocuments[lot.Id] = await lotDocuments.ListAsync(lot.Id, ct);
        }

        Scans = await scans.ForProductAsync(id, 30, UserScope.From(User), ct);
        Listings = await listings.ListAsync(id, UserScope.From(User), ct) ?? [];
        return true;
    }
}
