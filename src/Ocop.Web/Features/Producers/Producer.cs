using Ocop.Web.Features.Audit;

namespace Ocop.Web.Features.Producers;

/// <summary>Kinds of chủ thể (economic entity) that take part in OCOP.</summary>
public enum ProducerType
{
    /// <summary>Hộ gia đình / cơ sở sản xuất.</summary>
    Household,
    /// <summary>Hợp tác xã / tổ hợp tác.</summary>
    Cooperative,
    /// <summary>Doanh nghiệp (công ty TNHH, cổ phần…).</summary>
    Enterprise,
}

public enum ProducerStatus
{
    Active,
    Suspended,
    Dissolved,
}

/// <summary>A producer (chủ thể OCOP): owns products, sits in one current commune.</summary>
public sealed class Producer : IAuditedEntity, ISoftDeletable
{
    public int Id { get; set; }
    public ProducerType Type { get; set; }
    public required string Name { get; set; }
    /// <summary>Name folded by <see cref="Search.VietnameseText"/>; kept in step on every save.</summary>
    public string SearchName { get; set; } = string.Empty;
    public string? TaxCode { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? AddressLine { get; set; }
    public required string CommuneCode { get; set; }
    /// <summary>
    /// The commune's province, copied so that scope checks and province filters need no join;
    /// set from the commune by the service, never by a user.
    /// </summary>
    public required string ProvinceCode { get; set; }
    /// <summary>Where the record was imported from an older register: the old unit's name and code.</summary>
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

    public bool IsDeleted { get; set; }
    public DateTime? DeletedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}
