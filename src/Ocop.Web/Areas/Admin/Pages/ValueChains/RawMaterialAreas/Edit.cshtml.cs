using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.ValueChains;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.ValueChains.RawMaterialAreas;

/// <summary>A raw-material area: commune of the officer's area, size, crop, certifications, boundary as GeoJSON (pasted or from a file's text).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class EditModel(ValueChainService chains, OcopDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public AreaInput Input { get; set; } = new();
    public int? Id { get; private set; }
    public IReadOnlyList<(string Code, string Name)> Communes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        await LoadAsync(scope, ct);
        if (id is null)
        {
            return Page();
        }

        if (await chains.AreaAsync(id.Value, scope, ct) is not { } a)
        {
            return NotFound();
        }

        Input = new AreaInput { Name = a.Name, CommuneCode = a.CommuneCode, Hectares = a.Hectares, Crop = a.Crop, Certifications = a.Certifications, Boundary = a.Boundary, Version = a.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        await LoadAsync(scope, ct);
        if (ModelState.ReplaceBindingErrors(localizer))
        {
            return Page();
        }

        var result = await chains.SaveAreaAsync(id, Input, scope, ct);
        return this.Outcome(result, localizer, savedId => this.RedirectWithFlash("/admin/value-chains", localizer["Flash.Saved"])) ?? Page();
    }

    /// <summary>The communes the officer may place an area in.</summary>
    private async Task LoadAsync(UserScope scope, CancellationToken ct)
    {
        var communes = db.Communes.AsNoTracking();
        communes = scope switch
        {
            { IsNational: true } => communes,
            { CommuneCode: { } c } => communes.Where(x => x.Code == c),
            { ProvinceCode: { } p } => communes.Where(x => x.ProvinceCode == p),
            _ => communes.Where(x => false),
        };
        Communes = [.. (await communes.Select(c => new { c.Code, c.Name }).ToListAsync(ct)).OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c => (c.Code, c.Name))];
    }
}
