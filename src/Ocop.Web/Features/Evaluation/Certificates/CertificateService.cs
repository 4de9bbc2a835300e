using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Certificates;

/// <summary>
/// Decisions and certificates. Certificates exist only through a recorded decision on a closed
/// batch; the product's current stars and certificate follow them. Status (valid, expiring,
/// expired, revoked) is computed for today in Vietnam from the version's rules.
/// </summary>
public sealed class CertificateService(OcopDbContext db, BatchService batches, CriteriaCatalog catalog, TimeProvider clock, ICurrentUser currentUser)
{
    private const int MaxReasonLength = 1000;

    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>Days before expiry a certificate counts as expiring: the widest window among the versions.</summary>
    public int ExpiringWithinDays => catalog.Manifest.Versions.Max(v => v.Rules.ExpiringWithinDays);

    public IQueryable<Certificate> Visible(UserScope scope) =>
        db.Certificates.Where(c => db.Products.VisibleTo(scope).Select(p => p.Id).Contains(c.ProductId));

    public async Task<ServiceResult<int>> RecordDecisionAsync(int batchId, DecisionInput input, UserScope scope, CancellationToken ct)
    {
        var batch = await batches.Visible(scope)
            .Include(b => b.Entries).ThenInclude(e => e.Dossier!).ThenInclude(d => d.Product)
            .AsSplitQuery()
            .SingleOrDefaultAsync(b => b.Id == batchId, ct);
        if (batch is null)
        {
            return ServiceResult<int>.NotFound();
        }

        var errors = new ValidationErrors();
        if (batch.Status != BatchStatus.Closed)
        {
            errors.Add("", "Validation.Decision.RoundOpen");
        }
        else if (await db.RecognitionDecisions.AnyAsync(d => d.BatchId == batchId && d.ProvinceRecognition == "", ct))
        {
            errors.Add("", "Validation.Decision.Exists");
        }

        if (string.IsNullOrWhiteSpace(input.Number) || input.Number.Trim().Length > 50)
        {
            errors.Add("Number", "Validation.Decision.Number");
        }

        if (input.SignedOn is not { } signedOn || signedOn > Today)
        {
            errors.Add("SignedOn", "Validation.Decision.SignedOn");
        }
        else if (batch.ClosedAt is { } closedAt && signedOn < VietnamTime.ToDate(closedAt))
        {
            // A decision recognises a council's result: it cannot predate the round that produced it.
            errors.Add("SignedOn", MessageKey.With("Validation.Decision.BeforeRound", DossierTimeline.Format(VietnamTime.ToDate(closedAt))));
        }

        if (string.IsNullOrWhiteSpace(input.Signer) || input.Signer.Trim().Length > 200)
        {
            errors.Add("Signer", "Validation.Decision.Signer");
        }

        var regime = catalog.Regime(batch.RegimeCode);
        var step = regime?.Steps.FirstOrDefault(s => s.Code == batch.StepCode);
        var chosen = (input.EntryIds ?? []).Distinct().ToList();
        if (chosen.Count == 0)
        {
            errors.Add("EntryIds", "Validation.Decision.NoProducts");
        }

        foreach (var entryId in chosen)
        {
            var entry = batch.Entries.SingleOrDefault(e => e.Id == entryId);
            if (entry is null)
            {
                errors.Add("EntryIds", "Validation.Decision.UnknownProduct");
            }
            else if (!entry.IsCertifiable || entry.Stars is not { } stars || step?.CertifiesStars?.Contains(stars) != true)
            {
                // Messages with the product's name are written out here: a resource key cannot carry it.
                errors.Add("EntryIds", entry.IsCertifiable
                    ? $"{entry.Dossier!.Product!.Name}: hạng {entry.Stars} sao không thuộc thẩm quyền công nhận của bước này."
                    : $"{entry.Dossier!.Product!.Name}: kết quả không đủ hạng để công nhận.");
            }
            else if (regime is not null && input.SignedOn is { } day && DossierTimeline.PastDeadline(regime, entry.Dossier!.Kind, day) is { } late)
            {
                errors.Add("SignedOn", late);
            }
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var province = batch.ProvinceCode is null ? null : await db.Provinces.Where(p => p.Code == batch.ProvinceCode).Select(p => p.Name).SingleAsync(ct);
        var authority = string.IsNullOrWhiteSpace(input.IssuingAuthority)
            ? province is null ? "Bộ Nông nghiệp và Môi trường" : $"Ủy ban nhân dân {LowerFirst(province)}"
            : input.IssuingAuthority.Trim();
        var rules = (await db.CriteriaVersions.SingleAsync(v => v.Code == batch.CriteriaVersionCode, ct)).Rules();
        var decision = new RecognitionDecision
        {
            BatchId = batchId, Number = input.Number!.Trim(), SignedOn = input.SignedOn!.Value, Signer = input.Signer!.Trim(), IssuingAuthority = authority,
        };
        db.RecognitionDecisions.Add(decision);

        var prefix = $"{batch.ProvinceCode ?? "TW"}-{decision.SignedOn.Year}-";
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sequence = await CertificateNumbers.ClaimAsync(db, prefix, chosen.Count, ct) - 1;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in batch.Entries)
        {
            var dossier = entry.Dossier!;
            var product = dossier.Product!;
            if (chosen.Contains(entry.Id))
            {
                var previous = await db.Certificates.Where(c => c.ProductId == product.Id && c.RevokedOn == null)
                    .OrderByDescending(c => c.IssuedOn).FirstOrDefaultAsync(ct);
                var certificate = new Certificate
                {
                    Number = $"{prefix}{++sequence:0000}", ProductId = product.Id, EntryId = entry.Id, Stars = entry.Stars!.Value, Points = entry.Average!.Value,
                    IssuingAuthority = authority, CriteriaVersionCode = batch.CriteriaVersionCode, IssuedOn = decision.SignedOn,
                    ExpiresOn = rules.CertificateExpiry(decision.SignedOn), ReplacesId = previous?.Id,
                };
                decision.Certificates.Add(certificate);
                GiveProduct(product, certificate, dossier);
                Move(dossier, DossierStatus.Recognised, $"QĐ {decision.Number}: {certificate.Stars} sao, chứng nhận số {certificate.Number}", now);
            }
            else if (step?.ReturnsToProvinceBelowThreshold == true && entry.IsCertifiable && entry.Stars is { } fallback
                     && regime!.CouncilAt(GovernmentLevel.Province)?.CertifiesStars?.Contains(fallback) == true)
            {
                // Điều 7.4g: not 5★ nationally, but the province may recognise it 3★/4★ from this result (ProvincialRecognitionService).
                Move(dossier, DossierStatus.Scored, $"QĐ {decision.Number}: đạt {entry.Average:0.00} điểm, {fallback} sao; UBND tỉnh có thể công nhận theo kết quả này", now);
            }
            else if (!entry.IsNationalCandidate)
            {
                Move(dossier, DossierStatus.NotRecognised, $"QĐ {decision.Number}: không được công nhận", now);
            }
            else
            {
                // Stays scored: the next council step (national) takes it in.
                Move(dossier, DossierStatus.Scored, $"QĐ {decision.Number}: đạt {entry.Average:0.00} điểm, đề nghị cấp trung ương đánh giá, công nhận 5 sao", now);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (await db.RecognitionDecisions.AnyAsync(d => d.BatchId == batchId && d.ProvinceRecognition == "", ct))
            {
                // Another officer recorded this batch's decision at the same moment: theirs stands.
                return ServiceResult<int>.Invalid("", "Validation.Decision.Exists");
            }

            throw;
        }

        return ServiceResult<int>.Ok(decision.Id);
    }

    public async Task<PagedResult<CertificateItem>> ListAsync(CertificateQuery query, UserScope scope, CancellationToken ct)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var q = Filter(Visible(scope).AsNoTracking(), query.Status);
        if (query.Product is { } product)
        {
            q = q.Where(c => c.ProductId == product);
        }

        var total = await q.CountAsync(ct);
        var page = await Project(q.OrderBy(c => c.ExpiresOn).ThenBy(c => c.Number).Skip(paging.Skip).Take(paging.PageSize)).ToListAsync(ct);
        return new PagedResult<CertificateItem>([.. page.Select(ToItem)], paging.Page, paging.PageSize, total);
    }

    /// <summary>Every certificate the user may see (optionally of one status), by number: the exported list.</summary>
    public async Task<IReadOnlyList<CertificateItem>> AllAsync(UserScope scope, CertificateStatus? status, CancellationToken ct) =>
        [.. (await Project(Filter(Visible(scope).AsNoTracking(), status).OrderBy(c => c.Number)).ToListAsync(ct)).Select(ToItem)];

    public async Task<IReadOnlyList<CertificateItem>> OfBatchAsync(int batchId, UserScope scope, CancellationToken ct) =>
        [.. (await Project(Visible(scope).AsNoTracking().Where(c => c.Decision!.BatchId == batchId).OrderBy(c => c.Number)).ToListAsync(ct)).Select(ToItem)];

    public async Task<CertificateItem?> GetAsync(int id, UserScope scope, CancellationToken ct) =>
        await Project(Visible(scope).AsNoTracking().Where(c => c.Id == id)).SingleOrDefaultAsync(ct) is { } row ? ToItem(row) : null;

    /// <summary>The product's latest certificate, whatever its status (public: the same facts as the verification page).</summary>
    public async Task<CertificateVerification?> LatestOfProductAsync(int productId, CancellationToken ct) =>
        Verification(await Project(db.Certificates.AsNoTracking().IgnoreQueryFilters().Where(c => c.ProductId == productId)
            .OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id)).FirstOrDefaultAsync(ct));

    /// <summary>The public check of a certificate number (exact, case-insensitive).</summary>
    public async Task<CertificateVerification?> VerifyAsync(string number, CancellationToken ct)
    {
        var normalised = number.Trim().ToUpperInvariant();
        return Verification(await Project(db.Certificates.AsNoTracking().IgnoreQueryFilters().Where(c => c.Number == normalised)).SingleOrDefaultAsync(ct));
    }

    private CertificateVerification? Verification(CertificateRow? row)
    {
        if (row is null)
        {
            return null;
        }

        var item = ToItem(row);
        return new CertificateVerification(item.Number, item.Status, item.Stars, item.ProductId, item.ProductName, item.ProducerName, item.ProvinceName,
            item.IssuingAuthority, item.DecisionNumber, item.IssuedOn, item.ExpiresOn, item.RevokedOn, item.RevocationReason, item.ReplacedByNumber,
            item.RevocationGround, item.RevocationDecisionNumber);
    }

    /// <summary>
    /// Records a revocation decision (Điều 8): ground, number, date, signer and what was found; the product loses the
    /// stars at once. The province's officers revoke their province's 3★/4★ certificates, only the national level 5★ ones.
    /// </summary>
    public async Task<ServiceResult<int>> RevokeAsync(int id, RevokeInput input, UserScope scope, CancellationToken ct)
    {
        var certificate = await Visible(scope).Include(c => c.Product).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (certificate is null || !scope.IsOfficer)
        {
            return ServiceResult<int>.NotFound();
        }

        if (certificate.Version != input.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        var errors = new ValidationErrors();
        if (certificate.RevokedOn is not null)
        {
            errors.Add("", "Validation.Certificate.AlreadyRevoked");
        }
        else if (RevocationAuthority(certificate.Stars, scope) is { } authority)
        {
            errors.Add("", authority);
        }

        if (input.Ground is not { } ground || !Enum.IsDefined(ground))
        {
            errors.Add("Ground", "Validation.Certificate.Ground");
        }

        if (string.IsNullOrWhiteSpace(input.DecisionNumber) || input.DecisionNumber.Trim().Length > 50)
        {
            errors.Add("DecisionNumber", "Validation.Decision.Number");
        }

        if (string.IsNullOrWhiteSpace(input.Signer) || input.Signer.Trim().Length > 200)
        {
            errors.Add("Signer", "Validation.Decision.Signer");
        }

        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > MaxReasonLength)
        {
            errors.Add("Reason", "Validation.Certificate.Reason");
        }

        var revokedOn = input.RevokedOn ?? Today;
        if (revokedOn < certificate.IssuedOn || revokedOn > Today)
        {
            errors.Add("RevokedOn", "Validation.Certificate.RevokedOn");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        certificate.RevokedOn = revokedOn;
        certificate.RevocationReason = input.Reason!.Trim();
        certificate.RevocationGround = input.Ground;
        certificate.RevocationDecisionNumber = input.DecisionNumber!.Trim();
        certificate.RevocationSigner = input.Signer!.Trim();
        ClearProductIfCurrent(certificate);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(certificate.Version);
    }

    /// <summary>Who decides a revocation (Điều 8.2): the province 3★/4★, the Ministry 5★. A refusal's message key, or null.</summary>
    public static string? RevocationAuthority(int stars, UserScope scope) =>
        stars >= 5 ? scope.IsNational ? null : "Validation.Certificate.RevokeFiveStarNational"
        : scope.IsNational || scope.CommuneCode is not null || scope.ProvinceCode is null ? "Validation.Certificate.RevokeProvince"
        : null;

    /// <summary>A product whose current certificate ended no longer shows its stars (the certificate keeps the history).</summary>
    internal static void ClearProductIfCurrent(Certificate certificate)
    {
        if (certificate.Product is { } product && product.CertificateReference == certificate.Number)
        {
            product.Stars = null;
            product.StarsUntil = null;
            product.CertificateReference = null;
        }
    }

    /// <summary>
    /// A new certificate becomes the product's: its stars until its expiry, its number, and the set it was scored on
    /// under the dossier's version (148-09 → 26-09), which is now the product's classification.
    /// </summary>
    internal static void GiveProduct(Product product, Certificate certificate, Dossier dossier)
    {
        product.Stars = certificate.Stars;
        product.StarsUntil = certificate.ExpiresOn;
        product.CertificateReference = certificate.Number;
        product.ProductSetId = dossier.ProductSetId ?? product.ProductSetId;
    }

    private IQueryable<Certificate> Filter(IQueryable<Certificate> q, CertificateStatus? status)
    {
        var today = Today;
        var soon = today.AddDays(ExpiringWithinDays);
        return status switch
        {
            CertificateStatus.Revoked => q.Where(c => c.RevokedOn != null),
            CertificateStatus.Expired => q.Where(c => c.RevokedOn == null && c.ExpiresOn < today),
            CertificateStatus.Expiring => q.Where(c => c.RevokedOn == null && c.ExpiresOn >= today && c.ExpiresOn <= soon),
            CertificateStatus.Valid => q.Where(c => c.RevokedOn == null && c.ExpiresOn > soon),
            _ => q,
        };
    }

    private IQueryable<CertificateRow> Project(IQueryable<Certificate> q) =>
        q.Select(c => new CertificateRow(
            c.Id, c.Number, c.ProductId, c.Product!.Name, c.Product.Producer!.Name,
            db.Provinces.Where(p => p.Code == c.Product.Producer.ProvinceCode).Select(p => p.Name).FirstOrDefault(),
            c.Stars, c.Points, c.IssuingAuthority, c.Decision!.Number, c.Decision.SignedOn, c.Decision.Signer, c.IssuedOn, c.ExpiresOn,
            c.RevokedOn, c.RevocationReason,
            db.Certificates.Where(o => o.Id == c.ReplacesId).Select(o => o.Number).FirstOrDefault(),
            db.Certificates.Where(n => n.ReplacesId == c.Id).Select(n => n.Number).FirstOrDefault(),
            c.CriteriaVersionCode, c.Version, c.RevocationGround, c.RevocationDecisionNumber, c.RevocationSigner));

    private CertificateItem ToItem(CertificateRow r)
    {
        var window = catalog.Manifest.Versions.FirstOrDefault(v => v.Code == r.CriteriaVersion)?.Rules.ExpiringWithinDays ?? ExpiringWithinDays;
        var status = Certificate.StatusOf(r.RevokedOn, r.ExpiresOn, Today, window);
        return new CertificateItem(r.Id, r.Number, r.ProductId, r.ProductName, r.ProducerName, r.ProvinceName, r.Stars, r.Points, r.IssuingAuthority,
            r.DecisionNumber, r.DecisionSignedOn, r.Signer, r.IssuedOn, r.ExpiresOn, status, r.RevokedOn, r.RevocationReason, r.ReplacesNumber,
            r.ReplacedByNumber, r.CriteriaVersion, r.Version, r.RevocationGround, r.RevocationDecisionNumber, r.RevocationSigner);
    }

    private void Move(Dossier dossier, DossierStatus to, string comment, DateTime now)
    {
        dossier.Events.Add(new DossierEvent { FromStatus = dossier.Status, ToStatus = to, At = now, UserName = currentUser.Name, Comment = comment });
        dossier.Status = to;
    }

    internal static string LowerFirst(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private sealed record CertificateRow(
        int Id, string Number, int ProductId, string ProductName, string ProducerName, string? ProvinceName, int Stars, decimal Points,
        string IssuingAuthority, string DecisionNumber, DateOnly DecisionSignedOn, string Signer, DateOnly IssuedOn, DateOnly ExpiresOn,
        DateOnly? RevokedOn, string? RevocationReason, string? ReplacesNumber, string? ReplacedByNumber, string CriteriaVersion, int Version,
        RevocationGround? RevocationGround, string? RevocationDecisionNumber, string? RevocationSigner);
}
