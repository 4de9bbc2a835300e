using Ocop.Web.Features.AdminUnits;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// What the province → commune picker partial needs. In a form the commune is required; as a
/// list filter (<see cref="IsFilter"/>) both are optional and "all" is offered first.
/// </summary>
public sealed record AddressPickerModel(
    IReadOnlyList<UnitDto> Provinces, IReadOnlyList<UnitDto> Communes, string? ProvinceCode, string? CommuneCode,
    string? Error, string Prefix = "Input", bool IsFilter = false)
{
    public string ProvinceName => Prefix.Length == 0 ? "ProvinceCode" : $"{Prefix}.ProvinceCode";
    public string CommuneName => Prefix.Length == 0 ? "CommuneCode" : $"{Prefix}.CommuneCode";
    public string ProvinceId => Prefix.Length == 0 ? "ProvinceCode" : $"{Prefix}_ProvinceCode";
    public string CommuneId => Prefix.Length == 0 ? "CommuneCode" : $"{Prefix}_CommuneCode";
    public string ColumnClass => IsFilter ? "col-md-3" : "col-md-6";

    /// <summary>
    /// The picker of an edit form (fields `Input.ProvinceCode` / `Input.CommuneCode`): only the units the
    /// user covers (an officer's province, a commune officer's commune), the chosen or the user's province
    /// preselected, and the commune's error from the model state.
    /// </summary>
    public static async Task<AddressPickerModel> ForFormAsync(
        AdminUnitService units, Features.Accounts.UserScope scope, string? provinceCode, string? communeCode,
        Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, CancellationToken ct)
    {
        var provinces = await units.ProvincesAsync(ct);
        if (!scope.IsNational && scope.ProvinceCode is not null)
        {
            provinces = [.. provinces.Where(p => p.Code == scope.ProvinceCode)];
        }

        var province = provinceCode ?? scope.ProvinceCode;
        var communes = province is null ? [] : await units.CommunesAsync(province, ct);
        if (scope.CommuneCode is not null)
        {
            communes = [.. communes.Where(c => c.Code == scope.CommuneCode)];
        }

        var error = modelState.TryGetValue("Input.CommuneCode", out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;
        return new AddressPickerModel(provinces, communes, province, communeCode, error);
    }
}
