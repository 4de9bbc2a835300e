namespace Ocop.Web.Features.Traceability;

public sealed record LotStep(DateOnly On, string Text);

/// <param name="Version">Null when creating; the lot's version when updating (a stale one is a conflict).</param>
public sealed record LotInput(
    string? Code, DateOnly? ProducedOn, DateOnly? ExpiresOn, decimal? Quantity, string? Unit, string? RawMaterialArea,
    IReadOnlyList<LotStep>? Steps, int? Version);

public sealed record LotItem(
    int Id, int ProductId, string Code, DateOnly ProducedOn, DateOnly? ExpiresOn, decimal? Quantity, string? Unit,
    string? RawMaterialArea, IReadOnlyList<LotStep> Steps, int Version);
