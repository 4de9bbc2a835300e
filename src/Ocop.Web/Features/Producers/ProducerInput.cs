namespace Ocop.Web.Features.Producers;

/// <summary>What a user may set on a producer (UI form and API body alike).</summary>
public sealed class ProducerInput
{
    public ProducerType Type { get; set; }
    public string? Name { get; set; }
    public string? TaxCode { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? AddressLine { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public string? OldUnitName { get; set; }
    public string? OldUnitCode { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public bool WomanOwned { get; set; }
    public bool EthnicMinorityOwned { get; set; }
    public ProducerStatus Status { get; set; }
    /// <summary>The version the editor started from; required on update to detect conflicting edits.</summary>
    public int? Version { get; set; }
}

public sealed record ProducerQuery(string? Q, ProducerType? Type, string? Province, string? Commune, ProducerStatus? Status, int? Page, int? PageSize);

public sealed record ProducerListItem(int Id, string Name, ProducerType Type, string? TaxCode, string ProvinceName, string CommuneName, ProducerStatus Status, int ProductCount);

public sealed record ProducerDetails(
    int Id, ProducerType Type, string Name, string? TaxCode, string? LegalRepresentative, string? AddressLine,
    string ProvinceCode, string ProvinceName, string CommuneCode, string CommuneName, string? OldUnitName, string? OldUnitCode,
    string? Phone, string? Email, string? Website, double? Latitude, double? Longitude, bool WomanOwned, bool EthnicMinorityOwned,
    ProducerStatus Status, int Version, DateTime CreatedAt, DateTime UpdatedAt, string? UpdatedBy)
{
    public ProducerInput ToInput() => new()
    {
        Type = Type, Name = Name, TaxCode = TaxCode, LegalRepresentative = LegalRepresentative, AddressLine = AddressLine,
        ProvinceCode = ProvinceCode, CommuneCode = CommuneCode, OldUnitName = OldUnitName, OldUnitCode = OldUnitCode,
        Phone = Phone, Email = Email, Website = Website, Latitude = Latitude, Longitude = Longitude, WomanOwned = WomanOwned,
        EthnicMinorityOwned = EthnicMinorityOwned, Status = Status, Version = Version,
    };
}

/// <summary>The fields anyone may read.</summary>
public sealed record ProducerPublicDto(
    int Id, ProducerType Type, string Name, string ProvinceCode, string ProvinceName, string CommuneCode, string CommuneName,
    string? Phone, string? Email, string? Website, double? Latitude, double? Longitude);
