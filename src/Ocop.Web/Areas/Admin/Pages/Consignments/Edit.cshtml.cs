using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Consignments;

// Area folder policy: RegistryEditor. A producer drafts their agreements; an officer opens one from a producer's page (?producerId=).
public sealed class EditModel(ConsignmentService consignments, ProductService products, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public AgreementInput Input { get; set; } = new();

    /// <summary>One row per product of the producer: ticked ones are in the agreement, at their price.</summary>
    [BindProperty] public List<LineForm> Lines { get; set; } = [];

    public sealed class LineForm
    {
        public int ProductId { get; set; }
        public string? Name { get; set; }
        public bool Included { get; set; }
        public decimal? UnitPrice { get; set; }
    }

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? producerId, UserScope scope, CancellationToken ct)
    {
        Id = id;
        if (id is not null)
        {
            if (await consignments.GetAsync(id.Value, scope, ct) is not { } existing)
            {
                return NotFound();
            }

            Input = new AgreementInput
            {
                ProducerId = existing.ProducerId, OutletKind = existing.OutletKind, OutletName = existing.OutletName, SalesPointId = existing.SalesPointId,
                Reference = existing.Reference, StartsOn = existing.StartsOn, EndsOn = existing.EndsOn, CommissionPercent = existing.CommissionPercent,
                Note = existing.Note, Version = existing.Version,
            };
            await LoadLinesAsync(existing.Products.ToDictionary(p => p.ProductId, p => p.UnitPrice), scope, ct);
            return Page();
        }

        Input.ProducerId = scope.IsProducer ? scope.ProducerId : producerId;
        if (Input.ProducerId is null)
        {
            return Redirect("/admin/producers");
        }

        var today = VietnamTime.Today(TimeProvider.System);
        Input.StartsOn = new DateOnly(today.Year, today.Month, 1);
        Input.EndsOn = Input.StartsOn.Value.AddYears(1).AddDays(-1);
        await LoadLinesAsync([], scope, ct);
        return Lines.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Lines[", StringComparison.Ordinal) && ModelState[k]!.Errors.Count > 0).ToList())
        {
            // A price that is not a number: say so in Vietnamese instead of dropping it.
            ModelState[key]!.Errors.Clear();
            ModelState.AddModelError(string.Empty, localizer["Validation.Consignment.Price"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.Products = [.. Lines.Where(l => l.Included).Select(l => new AgreementLineInput(l.ProductId, l.UnitPrice))];
        var result = id is null ? await consignments.CreateAsync(Input, scope, ct) : await consignments.UpdateAsync(id.Value, Input, scope, ct);
        if (this.Outcome(result, localizer, savedId => this.RedirectWithFlash($"/admin/consignments/{savedId}", localizer["Flash.Saved"])) is { } done)
        {
            return done;
        }

        await this.TakeSavedVersionOnConflictAsync(result, async () => (await consignments.GetAsync(id!.Value, scope, ct))?.Version, v => Input.Version = v);
        return Page();
    }

    private async Task LoadLinesAsync(Dictionary<int, decimal> chosen, UserScope scope, CancellationToken ct)
    {
        var own = (await products.ListAsync(new ProductQuery(null, Input.ProducerId, null, null, null, null, null, 1, 100), scope, ct)).Items;
        Lines = [.. own.Select(p => new LineForm { ProductId = p.Id, Name = p.Name, Included = chosen.ContainsKey(p.Id), UnitPrice = chosen.TryGetValue(p.Id, out var price) ? price : null })];
    }
}
