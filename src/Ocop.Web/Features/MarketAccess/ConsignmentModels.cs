namespace Ocop.Web.Features.MarketAccess;

/// <summary>A product line of an agreement as its form and the API take it.</summary>
public sealed record AgreementLineInput(int ProductId, decimal? UnitPrice);

/// <summary>An agreement as its form and the API take it. The producer is fixed once created.</summary>
public sealed class AgreementInput
{
    public int? ProducerId { get; set; }
    public OutletKind? OutletKind { get; set; }
    public string? OutletName { get; set; }
    public int? SalesPointId { get; set; }
    public string? Reference { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public decimal? CommissionPercent { get; set; }
    public string? Note { get; set; }
    public List<AgreementLineInput> Products { get; set; } = [];
    public int? Version { get; set; }
}

public sealed record AgreementLine(int ProductId, string ProductName, decimal UnitPrice, int OnHand);

public sealed record AgreementItem(
    int Id, int ProducerId, string ProducerName, OutletKind OutletKind, string OutletName, int? SalesPointId, string? Reference,
    DateOnly StartsOn, DateOnly EndsOn, decimal CommissionPercent, string? Note, IReadOnlyList<AgreementLine> Products, int Version);

/// <summary>A movement as the API takes it: kind, product, date, whole units; a delivery may name the lot.</summary>
public sealed record MovementInput(MovementKind? Kind, int? ProductId, DateOnly? On, int? Quantity, int? LotId = null, string? Note = null);

public sealed record MovementItem(int Id, MovementKind Kind, int ProductId, string ProductName, DateOnly On, int Quantity, int? LotId, decimal? UnitPrice, string? Note, string? RecordedBy);

/// <summary>One product's month in a settlement: stock at the start, what moved, stock at the end, and the money on what sold.</summary>
public sealed record SettlementLine(
    int ProductId, string ProductName, decimal? UnitPrice, int Opening, int Delivered, int Sold, int Returned, int Closing,
    decimal Gross, decimal Commission, decimal Net);

/// <summary>
/// The monthly settlement statement of an agreement: per product, Σ sold × price at the sale = gross (the
/// unit price shown when every sale had the same one); the
/// outlet's commission (rounded to whole đồng, half away from zero, per line); net = gross − commission.
/// </summary>
public sealed record SettlementStatement(
    int AgreementId, string ProducerName, string OutletName, string? Reference, int Year, int Month, DateOnly From, DateOnly To,
    decimal CommissionPercent, IReadOnlyList<SettlementLine> Lines)
{
    public decimal Gross => Lines.Sum(l => l.Gross);
    public decimal Commission => Lines.Sum(l => l.Commission);
    public decimal Net => Lines.Sum(l => l.Net);
    public int Sold => Lines.Sum(l => l.Sold);
}
