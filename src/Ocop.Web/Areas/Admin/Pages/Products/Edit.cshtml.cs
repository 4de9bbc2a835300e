using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Products;

// Area folder policy: RegistryEditor. Officers pick any producer in scope; a producer's products are always their own.
public sealed class EditModel(ProductService products, ProducerService producers, ClassificationService classification, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public ProductInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public bool IsProducer { get; private set; }
    public IReadOnlyList<ProducerListItem> Producers { get; private set; } = [];
    public IReadOnlyList<ProductSetOption> ProductSets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? producer, UserScope scope, CancellationToken ct)
    {
        Id = id;
        if (id is not null)
        {
            if (await products.GetAsync(id.Value, scope, ct) is not { } existing)
            {
                return NotFound();
            }

            Input = existing.ToInput();
        }
        else
        {
            Input.ProducerId = producer ?? 0;
        }

        await LoadChoicesAsync(scope, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        var result = id is null
            ? await products.CreateAsync(Input, scope, ct)
            : await products.UpdateAsync(id.Value, Input, scope, ct);
        if (this.Outcome(result, localizer, savedId => Redirect($"/admin/products/{savedId}")) is { } done)
        {
            return done;
        }

        await this.TakeSavedVersionOnConflictAsync(result, async () => (await products.GetAsync(id!.Value, scope, ct))?.Version, v => Input.Version = v);
        await LoadChoicesAsync(scope, ct);
        return Page();
    }

    private async Task LoadChoicesAsync(UserScope scope, CancellationToken ct)
    {
        IsProducer = scope.IsProducer;
        ProductSets = await classification.ProductSetsAsync(includeRetired: scope.IsOfficer, ct);
        if (scope.IsOfficer)
        {
            // A few hundred producers per province at most: a plain select is enough for now.
            Producers = (await producers.ListAsync(new ProducerQuery(null, null, null, null, null, 1, Paging.MaxPageSize), scope, ct)).Items;
            if (Input.ProducerId > 0 && Producers.All(p => p.Id != Input.ProducerId)
                && await producers.GetAsync(Input.ProducerId, scope, ct) is { } chosen)
            {
                Producers = [.. Producers, new ProducerListItem(chosen.Id, chosen.Name, chosen.Type, chosen.TaxCode, chosen.ProvinceName, chosen.CommuneName, chosen.Status, 0)];
            }
        }
    }
}
