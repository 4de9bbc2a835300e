using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Public;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.WhereToBuy;

/// <summary>Every active display and sales point on a map and in a list, by province and type.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class IndexModel(SalesPointService points, AdminUnitService units, IConfiguration configuration, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public SalesPointType? Type { get; set; }

    public IReadOnlyList<SalesPointItem> Points { get; private set; } = [];
    public IReadOnlyList<UnitDto> Provinces { get; private set; } = [];
    public string TileUrl => configuration["Ocop:Map:TileUrl"] ?? string.Empty;
    public string TileAttribution => configuration["Ocop:Map:Attribution"] ?? string.Empty;
    public string PointsJson => PointsMap.Json(Points, t => localizer[$"SalesPointType.{t}"]);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Provinces = await units.ProvincesAsync(ct);
        Points = await points.PublicListAsync(Province, Type, null, ct);
    }
}
