namespace Ocop.Web.Features.ValueChains;

public sealed class AreaInput
{
    public string? Name { get; set; }
    public string? CommuneCode { get; set; }
    public decimal? Hectares { get; set; }
    public string? Crop { get; set; }
    public string? Certifications { get; set; }
    public string? Boundary { get; set; }
    public int? Version { get; set; }
}

public sealed record AreaItem(
    int Id, string Name, string ProvinceCode, string CommuneCode, string CommuneName, decimal Hectares, string Crop, string? Certifications, string? Boundary, int Version);

public sealed record MemberInput(ChainRole? Role, int? ProducerId, string? PartnerName, string? Contract, DateOnly? ContractSignedOn);

public sealed class ChainInput
{
    public string? Name { get; set; }
    public int? AreaId { get; set; }
    public string? Description { get; set; }
    public List<MemberInput> Members { get; set; } = [];
    public List<int> ProductIds { get; set; } = [];
    public int? Version { get; set; }
}

public sealed record MemberItem(ChainRole Role, int? ProducerId, string Name, string? Contract, DateOnly? ContractSignedOn);

public sealed record ChainProduct(int Id, string Name);

public sealed record ChainItem(
    int Id, string Name, string ProvinceCode, AreaItem? Area, string? Description, IReadOnlyList<MemberItem> Members, IReadOnlyList<ChainProduct> Products, int Version);
