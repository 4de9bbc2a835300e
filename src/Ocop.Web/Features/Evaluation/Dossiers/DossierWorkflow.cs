using Ocop.Web.Features.Accounts;

namespace Ocop.Web.Features.Evaluation.Dossiers;

/// <summary>The hand-driven actions; Resume takes a withdrawn dossier up again as a draft (while its regime still takes it).</summary>
public enum DossierAction { Submit, Return, Accept, Withdraw, Receive, RequestCompletion, Resume }

/// <summary>
/// Who may take an action: the applicant (the producer, or an officer acting for them), any officer of the dossier's place,
/// or only a province-level officer (the province's OCOP unit, or the national office).
/// </summary>
public enum DossierActor { Applicant, Officer, ProvinceOfficer }

public sealed record DossierTransition(DossierAction Action, IReadOnlyList<DossierStatus> From, DossierStatus To, DossierActor Actor, bool NeedsComment);

/// <summary>
/// The hand-driven steps of a dossier, as a table. Scored, Recognised and Not recognised are set
/// by the council round and the People's Committee decision, never by hand. Under a regime with a
/// province receiving check (26/2026 Điều 7.3a) the commune's Accept forwards the dossier
/// (<see cref="DossierStatus.Forwarded"/>) and the province receives it or asks for it to be completed.
/// </summary>
public static class DossierWorkflow
{
    public static readonly IReadOnlyList<DossierTransition> Transitions =
    [
        new(DossierAction.Submit, [DossierStatus.Draft, DossierStatus.Returned], DossierStatus.Submitted, DossierActor.Applicant, NeedsComment: false),
        new(DossierAction.Return, [DossierStatus.Submitted], DossierStatus.Returned, DossierActor.Officer, NeedsComment: true),
        new(DossierAction.Accept, [DossierStatus.Submitted], DossierStatus.Accepted, DossierActor.Officer, NeedsComment: false),
        new(DossierAction.Receive, [DossierStatus.Forwarded], DossierStatus.Accepted, DossierActor.ProvinceOfficer, NeedsComment: false),
        new(DossierAction.RequestCompletion, [DossierStatus.Forwarded], DossierStatus.Returned, DossierActor.ProvinceOfficer, NeedsComment: true),
        new(DossierAction.Withdraw, [DossierStatus.Draft, DossierStatus.Returned, DossierStatus.Submitted, DossierStatus.Forwarded], DossierStatus.Withdrawn,
            DossierActor.Applicant, NeedsComment: false),
        new(DossierAction.Resume, [DossierStatus.Withdrawn], DossierStatus.Draft, DossierActor.Applicant, NeedsComment: false),
    ];

    public static DossierTransition Of(DossierAction action) => Transitions.Single(t => t.Action == action);

    /// <summary>The actions open to this user on a dossier in this status.</summary>
    public static IEnumerable<DossierTransition> Available(DossierStatus status, UserScope scope) =>
        Transitions.Where(t => t.From.Contains(status) && t.Actor switch
        {
            DossierActor.Applicant => true,
            DossierActor.Officer => scope.IsOfficer,
            _ => IsProvinceLevel(scope),
        });

    /// <summary>An officer of a province (not of one of its communes) or of the national office.</summary>
    public static bool IsProvinceLevel(UserScope scope) => scope.IsOfficer && scope.CommuneCode is null;
}
