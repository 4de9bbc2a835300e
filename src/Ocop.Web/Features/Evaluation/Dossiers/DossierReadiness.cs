using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Web.Features.Evaluation.Dossiers;

/// <summary>
/// One thing a dossier still lacks before it can be submitted: the field it concerns, its message (a resource key, or
/// the scoring rules' own text in <paramref name="Detail"/>), and where on the site it is put right.
/// </summary>
public sealed record DossierGap(string Field, string MessageKey, string? Detail, string Link);

/// <summary>
/// What a dossier lacks before submission — each required document, and the self-assessment or every criterion it has
/// not answered — computed once, so that the dossier's checklist and the submission's refusal always say the same.
/// </summary>
public static class DossierReadiness
{
    public const string UploadAnchor = "upload";

    public static IReadOnlyList<DossierGap> GapsOf(
        int dossierId, DossierKind kind, IEnumerable<DossierDocumentType> present, IReadOnlyDictionary<string, int> answers,
        ScorecardDefinition definition, VersionRules rules)
    {
        var gaps = new List<DossierGap>();
        var have = present.ToHashSet();
        foreach (var missing in DossierDocumentRules.RequiredFor(kind).Where(t => !have.Contains(t)))
        {
            gaps.Add(new("Documents", $"Validation.Dossier.Missing.{missing}", null, "#" + UploadAnchor));
        }

        var sheet = $"/admin/dossiers/{dossierId}/self-assessment";
        if (answers.Count == 0)
        {
            gaps.Add(new("SelfAssessment", "Validation.Dossier.SelfAssessmentMissing", null, sheet));
            return gaps;
        }

        var sections = definition.Parts.SelectMany(p => p.Sections).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in ScoreCalculator.Check(definition, rules, answers, complete: true))
        {
            var anchor = problem.CriterionCode switch
            {
                null => "",
                var code when sections.Contains(code) => "#" + SectionAnchor(code),
                var code => "#" + CriterionAnchor(code),
            };
            gaps.Add(new("SelfAssessment", "Validation.Dossier.SelfAssessmentIncomplete", problem.Message, sheet + anchor));
        }

        return gaps;
    }

    public static string CriterionAnchor(string code) => "criterion-" + code;

    public static string SectionAnchor(string code) => "section-" + code;
}
