using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Producers;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Producers;

// Area folder policy: RegistryEditor (officers see their unit, a producer only their own record).
public sealed class IndexModel(ProducerService producers, AdminUnitService units) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ProducerType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public ProducerStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? ProvinceCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? CommuneCode { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public PagedResult<ProducerListItem> Result { get; private set; } = new([], 1, 20, 0);
    public bool CanCreate { get; private set; }
    /// <summary>Province/commune filter; absent for commune officers and producers (one unit only).</summary>
    public AddressPickerModel? AddressFilter { get; private set; }
    public string PagerQuery => $"q={Uri.EscapeDataString(Q ?? string.Empty)}&type={Type}&status={Status}&provinceCode={ProvinceCode}&communeCode={CommuneCode}";

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        CanCreate = scope.IsOfficer;
        await LoadAddressFilterAsync(scope, ct);
        Result = await producers.ListAsync(new ProducerQuery(Q, Type, ProvinceCode, CommuneCode, Status, PageNumber, 20), scope, ct);
    }

    private async Task LoadAddressFilterAsync(UserScope scope, CancellationToken ct)
    {
        if (!scope.IsOfficer || scope.CommuneCode is not null)
        {
            return;
        }

        var provinces = await units.ProvincesAsync(ct);
        if (!scope.IsNational)
        {
            provinces = provinces.Where(p => p.Code == scope.ProvinceCode).ToList();
            ProvinceCode = scope.ProvinceCode;
        }

        var communes = string.IsNullOrWhiteSpace(ProvinceCode) ? [] : await units.CommunesAsync(ProvinceCode, ct);
        AddressFilter = new AddressPickerModel(provinces, communes, ProvinceCode, CommuneCode, null, Prefix: string.Empty, IsFilter: true);
    }
}
