using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Certificates;

/// <summary>The national council's result a province may recognise a product from (26/2026 Điều 7.4g).</summary>
public sealed record NationalResult(int EntryId, int BatchId, string BatchName, decimal Average, int Stars, DateOnly ClosedOn);

/// <summary>
/// Điều 7.4g: when the national council does not rank a forwarded product 5★, the province's People's Committee may
/// recognise it 3★/4★ from that council's result. The province's officers record that decision here; it issues the
/// certificate as any decision does. Only where the regime's national step says so, and only once per product.
/// </summary>
public sealed class ProvincialRecognitionService(OcopDbContext db, CriteriaCatalog catalog, TimeProvider clock, ICurrentUser currentUser)
{
    /// <summary>The national result the caller's province may recognise the dossier from, or null.</summary>
    public async Task<NationalResult?> OpenResultAsync(int dossierId, UserScope scope, CancellationToken ct)
    {
        if (!IsProvinceOfficer(scope))
        {
            return null;
        }

        // The national council's closed round is its result (the Ministry announces it, Điều 7.4g); a 5★ certificate issued on it ends the matter.
        var row = await db.BatchEntries
            .Where(e => e.DossierId == dossierId && e.Dossier!.Status == DossierStatus.Scored
                && e.Batch!.Level == GovernmentLevel.National && e.Batch.Status == BatchStatus.Closed
                && e.Dossier.Product!.Producer!.ProvinceCode == scope.ProvinceCode && !db.Certificates.Any(c => c.EntryId == e.Id))
            .OrderByDescending(e => e.Id)
            .Select(e => new { e.Id, e.BatchId, e.Batch!.Name, e.Average, e.Stars, e.IsCertifiable, e.Batch.RegimeCode, e.Batch.ClosedAt })
            .FirstOrDefaultAsync(ct);
        if (row is not { Stars: { } stars, Average: { } average, IsCertifiable: true } || catalog.Regime(row.RegimeCode) is not { } regime
            || regime.CouncilAt(GovernmentLevel.National)?.ReturnsToProvinceBelowThreshold != true
            || regime.CouncilAt(GovernmentLevel.Province)?.CertifiesStars?.Contains(stars) != true)
        {
            return null;
        }

        return new NationalResult(row.Id, row.BatchId, row.Name, average, stars, VietnamTime.ToDate(row.ClosedAt!.Value));
    }

    public async Task<ServiceResult<int>> RecogniseAsync(int dossierId, DecisionInput input, UserScope scope, CancellationToken ct)
    {
        var dossier = await db.Dossiers.Include(d => d.Product).ThenInclude(p => p!.Producer)
            .SingleOrDefaultAsync(d => d.Id == dossierId && db.Products.VisibleTo(scope).Any(p => p.Id == d.ProductId), ct);
        if (dossier is null || !IsProvinceOfficer(scope))
        {
            return ServiceResult<int>.NotFound();
        }

        if (await OpenResultAsync(dossierId, scope, ct) is not { } result)
        {
            return ServiceResult<int>.Invalid("", "Validation.Recognition.NoNationalResult");
        }

        var today = VietnamTime.Today(clock);
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Number) || input.Number.Trim().Length > 50)
        {
            errors.Add("Number", "Validation.Decision.Number");
        }

        if (string.IsNullOrWhiteSpace(input.Signer) || input.Signer.Trim().Length > 200)
        {
            errors.Add("Signer", "Validation.Decision.Signer");
        }

        if (input.SignedOn is not { } signedOn || signedOn > today)
        {
            errors.Add("SignedOn", "Validation.Decision.SignedOn");
        }
        else if (signedOn < result.ClosedOn)
        {
            errors.Add("SignedOn", MessageKey.With("Validation.Recognition.BeforeNational", VietnamTime.Format(result.ClosedOn)));
        }
        else if (catalog.Regime(dossier.RegimeCode) is { } regime && DossierTimeline.PastDeadline(regime, dossier.Kind, signedOn) is { } late)
        {
            errors.Add("SignedOn", late);
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var province = await db.Provinces.Where(p => p.Code == scope.ProvinceCode).Select(p => p.Name).SingleAsync(ct);
        var authority = string.IsNullOrWhiteSpace(input.IssuingAuthority) ? $"Ủy ban nhân dân {CertificateService.LowerFirst(province)}" : input.IssuingAuthority.Trim();
        var decision = new RecognitionDecision
        {
            BatchId = result.BatchId, ProvinceRecognition = scope.ProvinceCode!, Number = input.Number!.Trim(), SignedOn = input.SignedOn!.Value,
            Signer = input.Signer!.Trim(), IssuingAuthority = authority,
        };
        var version = await db.CriteriaVersions.SingleAsync(v => v.Code == dossier.CriteriaVersionCode, ct);
        var product = dossier.Product!;
        var previous = await db.Certificates.Where(c => c.ProductId == product.Id && c.RevokedOn == null).OrderByDescending(c => c.IssuedOn).FirstOrDefaultAsync(ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var prefix = $"{scope.ProvinceCode}-{decision.SignedOn.Year}-";
        var number = await CertificateNumbers.ClaimAsync(db, prefix, 1, ct);
        var certificate = new Certificate
        {
            Number = $"{prefix}{number:0000}", ProductId = product.Id, EntryId = result.EntryId, Stars = result.Stars, Points = result.Average,
            IssuingAuthority = authority, CriteriaVersionCode = dossier.CriteriaVersionCode, IssuedOn = decision.SignedOn,
            ExpiresOn = version.Rules().CertificateExpiry(decision.SignedOn), ReplacesId = previous?.Id,
        };
        decision.Certificates.Add(certificate);
        db.RecognitionDecisions.Add(decision);
        CertificateService.GiveProduct(product, certificate, dossier);
        dossier.Events.Add(new DossierEvent
        {
            FromStatus = dossier.Status, ToStatus = DossierStatus.Recognised, At = clock.GetUtcNow().UtcDateTime, UserName = currentUser.Name,
            Comment = $"QĐ {decision.Number} (theo kết quả hội đồng cấp trung ương, {result.Average:0.00} điểm): {certificate.Stars} sao, chứng nhận số {certificate.Number}",
        });
        dossier.Status = DossierStatus.Recognised;
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Recorded by another officer at the same moment (one per province and national batch; one certificate per result).
            await transaction.RollbackAsync(CancellationToken.None);
            return ServiceResult<int>.Invalid("", "Validation.Decision.Exists");
        }

        return ServiceResult<int>.Ok(certificate.Id);
    }

    private static bool IsProvinceOfficer(UserScope scope) =>
        scope.IsOfficer && !scope.IsNational && scope.CommuneCode is null && scope.ProvinceCode is not null;
}
