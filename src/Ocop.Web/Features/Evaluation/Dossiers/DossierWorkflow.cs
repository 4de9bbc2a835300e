namespace Ocop.Web.Features.Evaluation.Dossiers;

public enum DossierAction { Submit, Return, Accept, Withdraw }

/// <summary>Who may take an action: the applicant (the producer, or an officer acting for them) or only an officer.</summary>
public enum DossierActor { Applicant, Officer }

public sealed record DossierTransition(DossierAction Action, IReadOnlyList<DossierStatus> From, DossierStatus To, DossierActor Actor, bool NeedsComment);

/// <summary>
/// The hand-driven steps of a dossier, as a table. Scored, Recognised and Not recognised are set
/// by the council round and the People's Committee decision, never by hand.
/// </summary>
public static class DossierWorkflow
{
    public static readonly IReadOnlyList<DossierTransition> Transitions =
    [
        new(DossierAction.Submit, [DossierStatus.Draft, DossierStatus.Returned], DossierStatus.Submitted, DossierActor.Applicant, NeedsComment: false),
        new(DossierAction.Return, [DossierStatus.Submitted], DossierStatus.Returned, DossierActor.Officer, NeedsComment: true),
        new(DossierAction.Accept, [DossierStatus.Submitted], DossierStatus.Accepted, DossierActor.Officer, NeedsComment: false),
        new(DossierAction.Withdraw, [DossierStatus.Draft, DossierStatus.Returned, DossierStatus.Submitted], DossierStatus.Withdrawn, DossierActor.Applicant, NeedsComment: false),
    ];

    public static DossierTransition Of(DossierAction action) => Transitions.Single(t => t.Action == action);

    /// <summary>The actions open to this user on a dossier in this status.</summary>
    public static IEnumerable<DossierTransition> Available(DossierStatus status, bool isOfficer) =>
        Transitions.Where(t => t.From.Contains(status) && (t.Actor == DossierActor.Applicant || isOfficer));
}
