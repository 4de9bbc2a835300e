using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Inspections;

/// <summary>
/// Inspections after recognition (26/2026 Điều 9). The province's OCOP body plans and records them for its province's
/// products, the national level for any (Điều 9.4); commune officers and producers read those of their products.
/// </summary>
public sealed class InspectionService(OcopDbContext db, CertificateService certificates, TimeProvider clock)
{
    /// <summary>Điều 8.4: a revocation is decided within 15 days of the conclusion that grounds it.</summary>
    public const int RevocationDays = 15;

    private DateOnly Today => VietnamTime.Today(clock);

    /// <summary>Inspections of the certificates the caller sees (their products' scope).</summary>
    public IQueryable<Inspection> Visible(UserScope scope) =>
        db.Inspections.Where(i => certificates.Visible(scope).Select(c => c.Id).Contains(i.CertificateId));

    /// <summary>Who plans and concludes inspections: the national level and a province's officers (not a commune's).</summary>
    public static bool Leads(UserScope scope) => scope.IsNational || (scope.IsOfficer && scope.CommuneCode is null && scope.ProvinceCode is not null);

    public async Task<IReadOnlyList<InspectionItem>> ListAsync(int year, UserScope scope, CancellationToken ct) =>
        await Visible(scope).AsNoTracking().Where(i => i.Year == year)
            .OrderBy(i => i.PlannedOn).ThenBy(i => i.Id)
            .Select(i => new InspectionItem(
                i.Id, i.Certificate!.ProductId, i.Certificate.Product!.Name, i.Certificate.Product.Producer!.Name, i.CertificateId, i.Certificate.Number, i.Certificate.Stars,
                i.Kind, i.PlannedOn, i.InspectedOn, i.Conclusion, i.ProposesRevocation, i.Certificate.RevokedOn != null))
            .ToListAsync(ct);

    public async Task<InspectionDetails?> GetAsync(int id, UserScope scope, CancellationToken ct)
    {
        var i = await Visible(scope).AsNoTracking().Include(x => x.Certificate!).ThenInclude(c => c.Product!).ThenInclude(p => p.Producer)
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i is null)
        {
            return null;
        }

        var c = i.Certificate!;
        var waiting = i.ProposesRevocation && c.RevokedOn is null;
        return new InspectionDetails(
            i.Id, c.ProductId, c.Product!.Name, c.Product.Producer!.Name, i.ProvinceCode, c.Id, c.Number, c.Stars, i.Kind, i.Year, i.PlannedOn, i.Reason,
            i.ChecksCriteria, i.ChecksMark, i.ChecksPromotion, i.Team, i.InspectedOn, i.Findings, i.Conclusion, i.ProposesRevocation, i.ProposedGround,
            c.RevokedOn, waiting ? i.InspectedOn!.Value.AddDays(RevocationDays) : null, i.Version);
    }

    /// <summary>The concluded inspection proposing to revoke a certificate still in force, if any: the revocation form starts from it.</summary>
    public async Task<InspectionDetails?> OpenProposalAsync(int certificateId, UserScope scope, CancellationToken ct)
    {
        var id = await Visible(scope).Where(i => i.CertificateId == certificateId && i.ProposesRevocation && i.Certificate!.RevokedOn == null)
            .OrderByDescending(i => i.InspectedOn).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await GetAsync(found, scope, ct) : null;
    }

    public async Task<InspectionSummary> SummaryAsync(int year, UserScope scope, CancellationToken ct)
    {
        var rows = await Visible(scope).AsNoTracking().Where(i => i.Year == year)
            .Select(i => new { i.Kind, i.InspectedOn, i.Conclusion, i.ProposesRevocation, Revoked = i.Certificate!.RevokedOn != null })
            .ToListAsync(ct);
        return new InspectionSummary(
            year, rows.Count, rows.Count(r => r.Kind == InspectionKind.Periodic), rows.Count(r => r.Kind == InspectionKind.AdHoc),
            rows.Count(r => r.Conclusion is not null), rows.Count(r => r.Conclusion == InspectionConclusion.Compliant),
            rows.Count(r => r.Conclusion == InspectionConclusion.RemedyRequired), rows.Count(r => r.Conclusion == InspectionConclusion.Violation),
            rows.Count(r => r.ProposesRevocation), rows.Count(r => r.ProposesRevocation && r.Revoked));
    }

    public async Task<ServiceResult<int>> CreateAsync(InspectionInput input, UserScope scope, CancellationToken ct)
    {
        if (!Leads(scope))
        {
            return ServiceResult<int>.Invalid("", "Validation.Inspection.ProvinceLeads");
        }

        var number = input.CertificateNumber?.Trim();
        var certificate = string.IsNullOrEmpty(number) ? null
            : await certificates.Visible(scope).Include(c => c.Product!).ThenInclude(p => p.Producer)
                .SingleOrDefaultAsync(c => c.Number == number && c.RevokedOn == null && c.ExpiresOn >= Today, ct);
        var errors = new ValidationErrors();
        if (certificate is null)
        {
            errors.Add("CertificateNumber", "Validation.Inspection.Certificate");
        }

        if (input.PlannedOn is not { } plannedOn || (certificate is not null && (plannedOn < certificate.IssuedOn || plannedOn > certificate.ExpiresOn)))
        {
            errors.Add("PlannedOn", "Validation.Inspection.PlannedOn");
        }

        if (!input.ChecksCriteria && !input.ChecksMark && !input.ChecksPromotion)
        {
            errors.Add("ChecksCriteria", "Validation.Inspection.Scope");
        }

        if (!Enum.IsDefined(input.Kind) || (input.Kind == InspectionKind.AdHoc && string.IsNullOrWhiteSpace(input.Reason)) || input.Reason?.Trim().Length > 1000)
        {
            errors.Add("Reason", "Validation.Inspection.Reason");
        }

        if (string.IsNullOrWhiteSpace(input.Team) || input.Team.Trim().Length > 1000)
        {
            errors.Add("Team", "Validation.Inspection.Team");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var inspection = new Inspection
        {
            CertificateId = certificate!.Id, ProvinceCode = certificate.Product!.Producer!.ProvinceCode,
            Kind = input.Kind, Year = input.PlannedOn!.Value.Year, PlannedOn = input.PlannedOn.Value, Reason = TextRules.Clean(input.Reason),
            ChecksCriteria = input.ChecksCriteria, ChecksMark = input.ChecksMark, ChecksPromotion = input.ChecksPromotion, Team = input.Team!.Trim(),
        };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(inspection.Id);
    }

    /// <summary>Records what the inspection found, once: the findings, the conclusion and, on a violation, a revocation proposal.</summary>
    public async Task<ServiceResult<int>> ConcludeAsync(int id, ConclusionInput input, UserScope scope, CancellationToken ct)
    {
        var inspection = await Visible(scope).Include(i => i.Certificate).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (inspection is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (!Leads(scope))
        {
            return ServiceResult<int>.Invalid("", "Validation.Inspection.ProvinceLeads");
        }

        if (inspection.Version != input.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        var errors = new ValidationErrors();
        if (inspection.Conclusion is not null)
        {
            errors.Add("", "Validation.Inspection.Concluded");
        }

        if (input.InspectedOn is not { } on || on > Today || on < inspection.Certificate!.IssuedOn)
        {
            errors.Add("InspectedOn", "Validation.Inspection.InspectedOn");
        }

        if (string.IsNullOrWhiteSpace(input.Findings) || input.Findings.Trim().Length > 4000)
        {
            errors.Add("Findings", "Validation.Inspection.Findings");
        }

        if (input.Conclusion is not { } conclusion || !Enum.IsDefined(conclusion))
        {
            errors.Add("Conclusion", "Validation.Inspection.Conclusion");
        }
        else if (input.ProposesRevocation && conclusion != InspectionConclusion.Violation)
        {
            errors.Add("ProposesRevocation", "Validation.Inspection.ProposalNeedsViolation");
        }
        else if (input.ProposesRevocation && (input.ProposedGround is not { } ground || !Enum.IsDefined(ground)))
        {
            errors.Add("ProposedGround", "Validation.Inspection.Ground");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        inspection.InspectedOn = input.InspectedOn;
        inspection.Findings = input.Findings!.Trim();
        inspection.Conclusion = input.Conclusion;
        inspection.ProposesRevocation = input.ProposesRevocation;
        inspection.ProposedGround = input.ProposesRevocation ? input.ProposedGround : null;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(inspection.Version);
    }
}
