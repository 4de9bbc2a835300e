using Ocop.Web.Features.Producers;

namespace Ocop.Web.Features.Onboarding;

/// <summary>The public form. <see cref="Website"/> is the honeypot: people never see it.</summary>
public sealed class JoinInput
{
    public ProducerType? Kind { get; set; }
    public string? Name { get; set; }
    public string? TaxCode { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public string? AddressLine { get; set; }
    public string? ContactName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? ProductName { get; set; }
    public string? ProductDescription { get; set; }
    public string? Website { get; set; }
}

/// <summary>An officer's decision: approve (making a producer record, or linking <see cref="ProducerId"/>), or refuse with a reason.</summary>
public sealed class JoinDecision
{
    public int? ProducerId { get; set; }
    public string? Reason { get; set; }
    public int Version { get; set; }
}

public sealed record JoinRequestItem(
    int Id, ProducerType Kind, string Name, string? TaxCode, string CommuneCode, string CommuneName, string ProvinceCode,
    string? AddressLine, string ContactName, string Email, string? Phone, string ProductName, string? ProductDescription,
    JoinRequestStatus Status, DateTime CreatedAt, DateTime? ConfirmedAt, DateTime? DecidedAt, string? DecidedBy,
    string? RefusalReason, int? ProducerId, int Version);

public enum JoinConfirmOutcome
{
    Confirmed,
    AlreadyConfirmed,
    Expired,
    Unknown,
}
