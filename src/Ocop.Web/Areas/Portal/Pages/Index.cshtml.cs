using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.Home;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Areas.Portal.Pages;

// Area folder policy: Producer. A producer's home: their to-dos, their record and their products.
public sealed class IndexModel(ProducerService producers, ProductService products, ProducerTodos todos) : PageModel
{
    public IReadOnlyList<TodoItem> Todos { get; private set; } = [];

    public ProducerDetails? Producer { get; private set; }
    public IReadOnlyList<ProductListItem> Products { get; private set; } = [];

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        if (scope.ProducerId is { } id)
        {
            Producer = await producers.GetAsync(id, scope, ct);
            Products = (await products.ListAsync(new ProductQuery(null, id, null, null, null, null, null, 1, 100), scope, ct)).Items;
            Todos = await todos.ForAsync(scope, ct);
        }
    }
}
