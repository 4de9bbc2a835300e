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
}
