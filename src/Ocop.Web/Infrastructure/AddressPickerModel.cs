using Ocop.Web.Features.AdminUnits;

namespace Ocop.Web.Infrastructure;

/// <summary>What the province → commune picker partial needs.</summary>
public sealed record AddressPickerModel(
    IReadOnlyList<UnitDto> Provinces, IReadOnlyList<UnitDto> Communes, string? ProvinceCode, string? CommuneCode,
    string? Error, string Prefix = "Input")
{
    public string ProvinceName => $"{Prefix}.ProvinceCode";
    public string CommuneName => $"{Prefix}.CommuneCode";
    public string ProvinceId => $"{Prefix}_ProvinceCode";
    public string CommuneId => $"{Prefix}_CommuneCode";
}
