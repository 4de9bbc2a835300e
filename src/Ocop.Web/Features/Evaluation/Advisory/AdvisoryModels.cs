namespace Ocop.Web.Features.Evaluation.Advisory;

public sealed record AdvisoryInput(AdvisoryRecordKind? Kind, DateOnly? On, string? Members, string? Place, string? Findings);

public sealed record AdvisoryItem(
    int Id, int DossierId, AdvisoryRecordKind Kind, Criteria.GovernmentLevel Level, DateOnly On, string Members, string? Place, string Findings,
    DateTime CreatedAt, string? CreatedBy, IReadOnlyList<Attachments.AttachmentItem> Files);
