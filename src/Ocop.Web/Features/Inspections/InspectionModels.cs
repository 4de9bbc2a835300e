using Ocop.Web.Features.Evaluation.Certificates;

namespace Ocop.Web.Features.Inspections;

/// <param name="CertificateNumber">The certificate in force of the product to inspect.</param>
/// <param name="Reason">Why an ad hoc inspection is made (required for one).</param>
public sealed record InspectionInput(
    string? CertificateNumber, InspectionKind Kind, DateOnly? PlannedOn, string? Reason, bool ChecksCriteria, bool ChecksMark, bool ChecksPromotion, string? Team);

/// <param name="ProposesRevocation">Only with a violation; then <paramref name="ProposedGround"/> says which case of Điều 8.1.</param>
public sealed record ConclusionInput(
    DateOnly? InspectedOn, string? Findings, InspectionConclusion? Conclusion, bool ProposesRevocation, RevocationGround? ProposedGround, int Version);

public sealed record InspectionItem(
    int Id, int ProductId, string ProductName, string ProducerName, int CertificateId, string CertificateNumber, int Stars,
    InspectionKind Kind, DateOnly PlannedOn, DateOnly? InspectedOn, InspectionConclusion? Conclusion, bool ProposesRevocation, bool CertificateRevoked);

/// <param name="RevokeBy">While a proposal waits: the day the revocation decision is due, 15 days from the conclusion (Điều 8.4).</param>
public sealed record InspectionDetails(
    int Id, int ProductId, string ProductName, string ProducerName, string ProvinceCode, int CertificateId, string CertificateNumber, int Stars,
    InspectionKind Kind, int Year, DateOnly PlannedOn, string? Reason, bool ChecksCriteria, bool ChecksMark, bool ChecksPromotion, string? Team,
    DateOnly? InspectedOn, string? Findings, InspectionConclusion? Conclusion, bool ProposesRevocation, RevocationGround? ProposedGround,
    DateOnly? CertificateRevokedOn, DateOnly? RevokeBy, int Version);

/// <summary>A year's inspections in the caller's scope: the plan, what was done and what it found.</summary>
public sealed record InspectionSummary(int Year, int Planned, int Periodic, int AdHoc, int Done, int Compliant, int RemedyRequired, int Violations, int Proposals, int Revoked);
