using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <param name="RegimeCode">The regime whose dossiers the batch takes; empty for the one new dossiers follow today.</param>
/// <param name="Round">The year's evaluation round (đợt); empty: round 1 for a batch starting by June, round 2 after (26/2026 Điều 5).</param>
public sealed record BatchInput(string? Name, int Year, DateOnly StartsOn, DateOnly EndsOn, string? AdvisoryTeam, string? RegimeCode = null, int? Round = null);

/// <param name="Body">The body the member represents: a code of the council's rules (see <see cref="BatchDetails.Composition"/>).</param>
public sealed record SeatInput(string? Email, CouncilRole Role, string? Body = null);

public sealed record AssignInput(int DossierId);

/// <param name="KnockOuts">Codes of knock-out criteria the member finds applying ("Bị loại nếu…"); only criteria that have such a rule.</param>
public sealed record SheetInput(IReadOnlyDictionary<string, int> Answers, bool Submit, int? Version, IReadOnlyList<string>? KnockOuts = null);

public sealed record ReopenInput(string? Reason);

public sealed record BatchListItem(int Id, string Name, int Year, int Round, string? ProvinceName, GovernmentLevel Level, string StepName, BatchStatus Status, DateOnly StartsOn, DateOnly EndsOn, int Products, int Seats);

public sealed record SeatItem(int Id, string UserId, string Email, string? DisplayName, CouncilRole Role, string? Body = null, string? BodyName = null);

/// <summary>
/// The council against its regime's composition rules: the bodies it may seat, those still missing, whether a chair is seated,
/// and how many sheets make a quorum for each product today.
/// </summary>
public sealed record CouncilComposition(string Basis, IReadOnlyList<CouncilBody> Bodies, IReadOnlyList<string> MissingBodies, bool HasChair, int Quorum, string QuorumRule)
{
    public bool Holds => HasChair && MissingBodies.Count == 0;
}

/// <summary>A product in a batch: how many members have submitted, and the result once the round is closed.</summary>
public sealed record EntryItem(
    int Id, int DossierId, int ProductId, string ProductName, string ProducerName, string ProductSetName, DossierKind Kind,
    int SubmittedSheets, decimal? Average, int? Spread, bool NeedsDiscussion, int? StarsByPoints, int? Stars,
    IReadOnlyList<string> HeldBackBy, bool IsCertifiable, bool IsNationalCandidate, IReadOnlyList<MemberTotal> MemberTotals,
    IReadOnlyList<string> KnockedOutBy, bool SpreadTooWide = false, bool KnockOutVoteSplit = false, string? DiscussionNote = null);

public sealed record MemberTotal(string Email, int Total);

/// <param name="ReEvaluation">How the step assesses its re-evaluation entries (26/2026: written opinions, a meeting only when they differ).</param>
/// <param name="Composition">Null under regimes that set no composition rules (then every seat must score).</param>
public sealed record BatchDetails(
    int Id, string Name, int Year, string? ProvinceCode, string? ProvinceName, GovernmentLevel Level, string RegimeCode, string RegimeName,
    string StepCode, string StepName, string CriteriaVersion, DateOnly StartsOn, DateOnly EndsOn, BatchStatus Status, string? AdvisoryTeam,
    DateTime? ClosedAt, string? ClosedBy, int Version, IReadOnlyList<SeatItem> Council, IReadOnlyList<EntryItem> Entries,
    IReadOnlyList<int> CertifiesStars, int Round = 1, CouncilComposition? Composition = null, ReEvaluationRule? ReEvaluation = null);

public sealed record AssignableDossier(int Id, string ProductName, string ProducerName, DossierKind Kind, int? SelfAssessmentTotal);

/// <summary>What a council member sees of one product: the scorecard and their own sheet.</summary>
public sealed record MemberEntry(
    int EntryId, int BatchId, string BatchName, BatchStatus BatchStatus, CouncilRole MyRole, string ProductName, string ProducerName,
    string ProductSetName, ScorecardDefinition Definition, VersionRules Rules, MySheet? Sheet);

public sealed record MySheet(int Id, IReadOnlyDictionary<string, int> Answers, int Total, SheetStatus Status, DateTime? SubmittedAt, string? ReopenReason, int Version, IReadOnlyList<string> KnockOuts);

/// <summary>A batch as one council member sees it: the products and their own sheets' states.</summary>
public sealed record MemberBatch(int Id, string Name, int Year, BatchStatus Status, CouncilRole MyRole, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<MemberBatchEntry> Entries);

public sealed record MemberBatchEntry(int EntryId, string ProductName, string ProducerName, SheetStatus? MySheet, int? MyTotal);

/// <summary>The secretary's view: every member's sheet state per product, with sheet ids for reopening.</summary>
/// <param name="Spread">How far apart the submitted totals are so far (two or more sheets).</param>
/// <param name="SpreadTooWide">Further apart than the version allows: re-score or record the discussion before closing.</param>
/// <param name="WrittenOpinions">A re-evaluation assessed by written opinions (26/2026 Điều 7.6d): the discussion is the meeting's minutes.</param>
public sealed record SheetProgress(
    int EntryId, string ProductName, IReadOnlyList<MemberSheetState> Members, int? Spread = null, bool SpreadTooWide = false, string? DiscussionNote = null,
    bool WrittenOpinions = false);

/// <summary>What the council concluded on a product whose members scored too far apart; empty clears it.</summary>
public sealed record DiscussionInput(string? Note);

public sealed record MemberSheetState(string UserId, string Email, int? SheetId, SheetStatus? Status, int? Total);
