using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.Users;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Web.Areas.Admin.Pages.Users;

/// <summary>The choices of the account form (invite and change), limited to what the manager may give.</summary>
public sealed record UserFormOptions(
    IReadOnlyList<string> Roles, IReadOnlyList<UnitDto> Provinces, IReadOnlyList<UnitDto> Communes, IReadOnlyList<UnitDto> Producers,
    IReadOnlyList<CouncilBody> CouncilBodies, UserInput Input, bool ProvinceFixed)
{
    public static async Task<UserFormOptions> LoadAsync(
        OcopDbContext db, AdminUnitService units, CriteriaCatalog catalog, UserScope scope, UserInput input, CancellationToken ct)
    {
        var provinces = (await units.ProvincesAsync(ct)).Where(p => scope.IsNational || p.Code == scope.ProvinceCode).ToList();
        var province = scope.IsNational ? input.ProvinceCode : scope.ProvinceCode;
        var communes = province is null ? [] : await units.CommunesAsync(province, ct);
        // Producers of the manager's reach, by name; the national list is long, so only the chosen province's when one is.
        var producers = await db.Producers.AsNoTracking().VisibleTo(scope)
            .Where(p => province == null || p.ProvinceCode == province)
            .OrderBy(p => p.Name).Take(2000)
            .Select(p => new UnitDto(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name)).ToListAsync(ct);
        return new UserFormOptions(UserGrants.GrantableBy(scope), provinces, communes, producers, catalog.CouncilBodies(), input, !scope.IsNational);
    }
}
