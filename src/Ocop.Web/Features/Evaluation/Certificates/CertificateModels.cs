namespace Ocop.Web.Features.Evaluation.Certificates;

/// <param name="EntryIds">The batch's products the decision recognises, at the stars the council gave them.</param>
/// <param name="IssuingAuthority">Defaults to the province's People's Committee.</param>
public sealed record DecisionInput(string? Number, DateOnly? SignedOn, string? Signer, string? IssuingAuthority, IReadOnlyList<int>? EntryIds);

/// <summary>A revocation decision (Điều 8): its ground, number, date and signer, and what was found.</summary>
public sealed record RevokeInput(string? Reason, DateOnly? RevokedOn, int Version, RevocationGround? Ground = null, string? DecisionNumber = null, string? Signer = null);

public sealed record CertificateQuery(CertificateStatus? Status, int? Product, int? Page, int? PageSize);

public sealed record CertificateItem(
    int Id, string Number, int ProductId, string ProductName, string ProducerName, string? ProvinceName, int Stars, decimal Points,
    string IssuingAuthority, string DecisionNumber, DateOnly DecisionSignedOn, string Signer, DateOnly IssuedOn, DateOnly ExpiresOn,
    CertificateStatus Status, DateOnly? RevokedOn, string? RevocationReason, string? ReplacesNumber, string? ReplacedByNumber,
    string CriteriaVersion, int Version, RevocationGround? RevocationGround = null, string? RevocationDecisionNumber = null, string? RevocationSigner = null);

/// <summary>What anyone may learn from a certificate's number: enough to trust it, nothing private.</summary>
public sealed record CertificateVerification(
    string Number, CertificateStatus Status, int Stars, int ProductId, string ProductName, string ProducerName, string? ProvinceName,
    string IssuingAuthority, string DecisionNumber, DateOnly IssuedOn, DateOnly ExpiresOn, DateOnly? RevokedOn, string? RevocationReason,
    string? ReplacedByNumber, RevocationGround? RevocationGround = null, string? RevocationDecisionNumber = null);
