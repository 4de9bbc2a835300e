using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Dossiers;

/// <summary>
/// The commune's report on a dossier it takes in (26/2026 Điều 7.2b, Mẫu 03): its number and date, who signed for the
/// People's Committee, and the written assessment of each intake check (local raw materials, labour, origin of the idea,
/// local identity and know-how).
/// </summary>
public sealed record CommuneReport(string? Number, DateOnly On, string Signer, IReadOnlyDictionary<string, string> Findings);

/// <param name="Findings">Intake check code → the commune's assessment of it.</param>
public sealed record CommuneReportInput(string? Number, DateOnly? On, string? Signer, IReadOnlyDictionary<string, string>? Findings);

public static class CommuneReportRules
{
    private const int MaxFinding = 2000;

    /// <summary>The report as it will be kept, or null with the reasons in <paramref name="errors"/>.</summary>
    public static CommuneReport? Read(
        CommuneReportInput? input, IReadOnlyList<IntakeCheck> checks, DateOnly filedOn, DateOnly today, ValidationErrors errors)
    {
        if (input is null)
        {
            errors.Add("Report", "Validation.Dossier.ReportMissing");
            return null;
        }

        var count = errors.Count;
        if (input.On is not { } on)
        {
            errors.Add("Report.On", "Validation.Dossier.ReportDateMissing");
        }
        else if (on > today)
        {
            errors.Add("Report.On", "Validation.Dossier.ReportDateFuture");
        }
        else if (on < filedOn)
        {
            errors.Add("Report.On", MessageKey.With("Validation.Dossier.ReportDateBeforeFiling", VietnamTime.Format(filedOn)));
        }

        if (string.IsNullOrWhiteSpace(input.Signer))
        {
            errors.Add("Report.Signer", "Validation.Dossier.ReportSignerMissing");
        }
        else
        {
            TextRules.RequireName(errors, "Report.Signer", input.Signer, 200);
        }

        if (input.Number?.Trim().Length > 50)
        {
            errors.Add("Report.Number", "Validation.Dossier.ReportNumberTooLong");
        }

        var findings = new Dictionary<string, string>();
        foreach (var check in checks)
        {
            var text = input.Findings?.GetValueOrDefault(check.Code)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                errors.Add($"Report.Findings.{check.Code}", MessageKey.With("Validation.Dossier.ReportFindingMissing", check.ReaderText));
            }
            else if (text.Length > MaxFinding)
            {
                errors.Add($"Report.Findings.{check.Code}", MessageKey.With("Validation.Dossier.ReportFindingTooLong", check.ReaderText));
            }
            else
            {
                findings[check.Code] = text;
            }
        }

        return errors.Count == count
            ? new CommuneReport(string.IsNullOrWhiteSpace(input.Number) ? null : input.Number.Trim(), input.On!.Value, input.Signer!.Trim(), findings)
            : null;
    }
}
