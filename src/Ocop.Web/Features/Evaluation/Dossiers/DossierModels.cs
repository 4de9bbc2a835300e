using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Web.Features.Evaluation.Dossiers;

public sealed record DossierInput(int ProductId, DossierKind Kind, string? Note);

/// <param name="Checks">For Accept under a regime whose intake has checks: each check's code → passed.</param>
/// <param name="Report">For Accept under a regime whose intake issues a report (26/2026 Mẫu 03): the commune's report.</param>
public sealed record DossierActionInput(
    DossierAction Action, string? Comment, int Version, IReadOnlyDictionary<string, bool>? Checks = null, CommuneReportInput? Report = null);

public sealed record SelfAssessmentInput(IReadOnlyDictionary<string, int> Answers, int Version);

public sealed record DossierQuery(DossierStatus? Status, int? Product, int? Page, int? PageSize);

public sealed record DossierListItem(
    int Id, int ProductId, string ProductName, string ProducerName, string ProvinceName,
    DossierKind Kind, DossierStatus Status, int? SelfAssessmentTotal, DateTime? SubmittedAt, DateTime UpdatedAt, IntakeDue? IntakeDue = null);

public sealed record DossierDocumentItem(int Id, DossierDocumentType Type, string FileName, string ContentType, long Length, DateTime UploadedAt, string? UploadedBy);

public sealed record DossierEventItem(DossierStatus? FromStatus, DossierStatus ToStatus, DateTime At, string? UserName, string? Comment);

/// <param name="FinishBy">The regime's transition deadline for this kind of dossier, if it has one.</param>
/// <param name="Report">The commune's report (26/2026 Mẫu 03) once it took the dossier in; <paramref name="ReportRule"/> says whether the regime asks for one.</param>
/// <param name="ReEvaluationDue">For a re-evaluation the province received and no decision has answered yet: its time limit.</param>
/// <param name="ReceiptBasis">The clause of the province's receiving check when the regime has one (the dossier then passes through Forwarded).</param>
/// <param name="Stopped">Why the open dossier cannot go on under its regime today (a message key with its dates), or null.</param>
public sealed record DossierDetails(
    int Id, int ProductId, string ProductName, int ProducerId, string ProducerName, int ProductSetId, string ProductSetName,
    DossierKind Kind, DossierStatus Status, string CriteriaVersion, string RegimeCode, string? Note,
    IReadOnlyDictionary<string, int> SelfAssessment, int? SelfAssessmentTotal, DateTime? SubmittedAt, int Version,
    IReadOnlyList<DossierDocumentItem> Documents, IReadOnlyList<DossierEventItem> Events,
    IReadOnlyList<DossierDocumentType> MissingDocuments, IReadOnlyList<IntakeCheckItem> IntakeChecks,
    string RegimeName, DateOnly? FinishBy, string? Stopped, IntakeDue? IntakeDue = null,
    CommuneReport? Report = null, IntakeReportRule? ReportRule = null, string? ReceiptBasis = null, ReEvaluationDue? ReEvaluationDue = null,
    IReadOnlyList<DossierGap>? Gaps = null);

/// <summary>A received re-evaluation's time limit (26/2026 Điều 7.6g): the last day, counted from the province's receipt, and whether it passed.</summary>
public sealed record ReEvaluationDue(DateOnly On, int Days, string Basis, bool Overdue);

/// <summary>While a filed dossier waits for the commune: the last day of its time limit and the clause that sets it.</summary>
public sealed record IntakeDue(DateOnly On, int WorkingDays, string Basis, bool Overdue);

/// <summary>A pre-assessment check of the regime's intake step and, once the dossier was accepted, its answer and the commune's assessment.</summary>
/// <param name="Text">The check in the regime's Vietnamese (printed on the commune's report, Mẫu 03).</param>
public sealed record IntakeCheckItem(string Code, string Text, bool? Passed, string? Finding = null, string? TextEn = null)
{
    /// <summary>The check as the reader's pages show it.</summary>
    public string ReaderText => Infrastructure.ReaderText.Pick(Text, TextEn);
}

public sealed record DossierProductOption(int Id, string Name, string ProducerName, int? Stars);
