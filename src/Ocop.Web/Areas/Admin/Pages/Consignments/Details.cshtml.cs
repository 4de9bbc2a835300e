using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Consignments;

// Area folder policy: RegistryEditor. An agreement: stock per product, the report form, the movements and a month's settlement.
public sealed class DetailsModel(ConsignmentService consignments, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public AgreementItem Agreement { get; private set; } = null!;
    public IReadOnlyList<MovementItem> Movements { get; private set; } = [];
    public SettlementStatement? Statement { get; private set; }

    /// <summary>The month shown, as "yyyy-MM" (the month input's format); this month by default.</summary>
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    [BindProperty] public MovementForm Movement { get; set; } = new();

    public sealed class MovementForm
    {
        public MovementKind? Kind { get; set; }
        public int? ProductId { get; set; }
        public DateOnly? On { get; set; }
        public int? Quantity { get; set; }
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct)
    {
        Movement.On = VietnamTime.Today(TimeProvider.System);
        return await LoadAsync(id, scope, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (ModelState.TryGetValue("Movement.Quantity", out var typed) && typed.Errors.Count > 0)
        {
            typed.Errors.Clear();
            ModelState.AddModelError("Movement.Quantity", localizer["Validation.Movement.Quantity"]);
            return await LoadAsync(id, scope, ct) ? Page() : NotFound();
        }

        var result = await consignments.RecordAsync(id, new MovementInput(Movement.Kind, Movement.ProductId, Movement.On, Movement.Quantity, null, Movement.Note), scope, ct);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/consignments/{id}", localizer["Consignments.Recorded"]), "Movement")
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await consignments.GetAsync(id, scope, ct) is not { } agreement)
        {
            return false;
        }

        Agreement = agreement;
        Movements = await consignments.MovementsAsync(id, scope, ct) ?? [];
        var today = VietnamTime.Today(TimeProvider.System);
        var (year, month) = (today.Year, today.Month);
        if (Month is { Length: 7 } chosen && int.TryParse(chosen[..4], out var y) && int.TryParse(chosen[5..], out var m) && y is >= 2000 and <= 2100 && m is >= 1 and <= 12)
        {
            (year, month) = (y, m);
        }

        Month = $"{year:0000}-{month:00}";
        Statement = await consignments.SettlementAsync(id, year, month, scope, ct);
        return true;
    }
}
