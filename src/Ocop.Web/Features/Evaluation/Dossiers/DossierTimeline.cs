using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Dossiers;

/// <summary>
/// A regime's dates applied to one dossier (criteria-versions.json): whether it may still be filed under the
/// regime, and whether its evaluation may still go on. Each answer is a message key with its dates, or null.
/// </summary>
public static class DossierTimeline
{
    /// <summary>Refusal when a dossier not yet filed would be filed on <paramref name="today"/> under a regime that no longer takes filings.</summary>
    public static string? FilingClosed(WorkflowRegime regime, DateOnly today) =>
        regime.TakesDossiersFiledOn(today) ? null
        : MessageKey.With("Validation.Regime.FilingClosed", regime.ReaderName, Format(regime.NewDossiers?.Until), Format(today));

    /// <summary>Refusal when the regime's transition deadline for this kind of dossier has passed on <paramref name="day"/>.</summary>
    public static string? PastDeadline(WorkflowRegime regime, DossierKind kind, DateOnly day) =>
        regime.DeadlineFor(kind.ToString()) is { } last && day > last
            ? MessageKey.With("Validation.Regime.PastDeadline", regime.ReaderName, Format(last), regime.FinishBy!.Basis)
            : null;

    /// <summary>Refusal of a re-evaluation filed outside the regime's window before the certificate's expiry (26/2026 Điều 7.6a).</summary>
    public static string? OutsideReEvaluationWindow(WorkflowRegime regime, DateOnly? expiresOn, DateOnly today)
    {
        if (regime.ReEvaluationWindow is not { } window || expiresOn is not { } expiry)
        {
            return null;
        }

        return today >= window.Opens(expiry) && today <= window.Closes(expiry) ? null
            : MessageKey.With("Validation.Regime.ReEvaluationWindow", Format(window.Opens(expiry)), Format(window.Closes(expiry)), Format(expiry), window.Basis);
    }

    public static string Format(DateOnly? day) => day is { } d ? VietnamTime.Format(d) : "";
}
