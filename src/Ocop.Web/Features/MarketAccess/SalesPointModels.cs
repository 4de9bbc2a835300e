namespace Ocop.Web.Features.MarketAccess;

/// <summary>A sales point as its form edits it (and the API takes it). The province follows from the commune.</summary>
public sealed class SalesPointInput
{
    public string? Name { get; set; }
    public SalesPointType? Type { get; set; }
    /// <summary>Only used by the form's province → commune picker.</summary>
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public string? AddressLine { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? OpeningHours { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Operator { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>The version the editor started from (required to update).</summary>
    public int? Version { get; set; }
}

/// <summary>A sales point as lists, the map and its page show it.</summary>
public sealed record SalesPointItem(
    int Id, string Name, SalesPointType Type, string ProvinceCode, string ProvinceName, string CommuneCode, string CommuneName,
    string? AddressLine, double? Latitude, double? Longitude, string? OpeningHours, string? Phone, string? Email, string? Operator,
    bool IsActive, int ProductCount, int Version)
{
    public SalesPointInput ToInput() => new()
    {
        Name = Name, Type = Type, ProvinceCode = ProvinceCode, CommuneCode = CommuneCode, AddressLine = AddressLine,
        Latitude = Latitude, Longitude = Longitude, OpeningHours = OpeningHours, Phone = Phone, Email = Email,
        Operator = Operator, IsActive = IsActive, Version = Version,
    };
}

/// <summary>A product a point carries, as its page lists it.</summary>
public sealed record CarriedProduct(int ProductId, string Name, string ProducerName, int? Stars, bool IsPublic);

/// <summary>Back-office list filter: text in the name, type, province, inactive points too.</summary>
public sealed record SalesPointQuery(string? Q = null, SalesPointType? Type = null, string? ProvinceCode = null, bool IncludeInactive = true, int? Page = null, int? PageSize = null);
