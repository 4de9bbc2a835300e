using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Dossiers;

/// <summary>
/// Dossiers within the caller's scope: producers their own products', officers their province's
/// or commune's. Anything else answers "not found".
/// </summary>
public sealed class DossierService(OcopDbContext db, CriteriaCatalog catalog, TimeProvider clock, ICurrentUser currentUser)
{
    private const int MaxCommentLength = 2000;

    public IQueryable<Dossier> Visible(UserScope scope) =>
        db.Dossiers.Where(d => db.Products.VisibleTo(scope).Select(p => p.Id).Contains(d.ProductId));

    public async Task<PagedResult<DossierListItem>> ListAsync(DossierQuery query, UserScope scope, CancellationToken ct)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var q = Visible(scope).AsNoTracking();
        if (query.Status is { } status)
        {
            q = q.Where(d => d.Status == status);
        }

        if (query.Product is { } product)
        {
            q = q.Where(d => d.ProductId == product);
        }

        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(d => new
            {
                Item = new DossierListItem(
                    d.Id, d.ProductId, d.Product!.Name, d.Product.Producer!.Name,
                    db.Provinces.Where(p => p.Code == d.Product.Producer.ProvinceCode).Select(p => p.Name).FirstOrDefault() ?? "",
                    d.Kind, d.Status, d.SelfAssessmentTotal, d.SubmittedAt, d.UpdatedAt, null),
                d.RegimeCode,
            })
            .ToListAsync(ct);
        // Filed dossiers waiting for the commune carry their time limit, so the list shows which are overdue.
        return new PagedResult<DossierListItem>(
            [.. items.Select(i => i.Item with { IntakeDue = IntakeDueOf(i.Item.Status, i.Item.SubmittedAt, catalog.Regime(i.RegimeCode)) })],
            paging.Page, paging.PageSize, total);
    }

    /// <summary>Products the caller may register for evaluation, with their current stars.</summary>
    public Task<List<DossierProductOption>> ProductOptionsAsync(UserScope scope, CancellationToken ct) =>
        db.Products.VisibleTo(scope).AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new DossierProductOption(p.Id, p.Name, p.Producer!.Name, p.Stars)).ToListAsync(ct);

    public async Task<DossierDetails?> GetAsync(int id, UserScope scope, CancellationToken ct)
    {
        var d = await Visible(scope).AsNoTracking()
            .Include(x => x.Documents).Include(x => x.Events)
            .Include(x => x.Product!).ThenInclude(p => p.Producer)
            .Include(x => x.ProductSet)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return null;
        }

        var present = d.Documents.Select(x => x.Type).ToHashSet();
        var regime = catalog.Regime(d.RegimeCode);
        IReadOnlyList<DossierGap> gaps = [];
        if (d.Status is DossierStatus.Draft or DossierStatus.Returned && await ScorecardForAsync(d.Id, scope, ct) is { } card)
        {
            gaps = DossierReadiness.GapsOf(d.Id, d.Kind, present, Answers(d), card.Definition, card.Rules);
        }

        return new DossierDetails(
            d.Id, d.ProductId, d.Product!.Name, d.Product.ProducerId, d.Product.Producer!.Name, d.ProductSetId!.Value, d.ProductSet!.Name,
            d.Kind, d.Status, d.CriteriaVersionCode, d.RegimeCode, d.Note, Answers(d), d.SelfAssessmentTotal, d.SubmittedAt, d.Version,
            [.. d.Documents.OrderBy(x => x.Type).ThenBy(x => x.Id).Select(x => new DossierDocumentItem(x.Id, x.Type, x.FileName, x.ContentType, x.Length, x.UploadedAt, x.UploadedBy))],
            [.. d.Events.OrderBy(x => x.At).ThenBy(x => x.Id).Select(x => new DossierEventItem(x.FromStatus, x.ToStatus, x.At, x.UserName, x.Comment))],
            [.. DossierDocumentRules.RequiredFor(d.Kind).Where(t => !present.Contains(t))],
            IntakeChecksOf(d), regime?.ReaderName ?? d.RegimeCode, regime?.DeadlineFor(d.Kind.ToString()), d.IsOpen && regime is not null ? Stopped(d, regime) : null,
            IntakeDueOf(d.Status, d.SubmittedAt, regime), ReportOf(d), regime?.Intake?.Report, regime?.Receipt?.Basis, ReEvaluationDueOf(d, regime), gaps);
    }

    /// <summary>A filed dossier's intake time limit (26/2026 Điều 7.2), counted from its first filing; null once taken in.</summary>
    private IntakeDue? IntakeDueOf(DossierStatus status, DateTime? submittedAt, WorkflowRegime? regime)
    {
        if (status != DossierStatus.Submitted || submittedAt is not { } filed || regime?.Intake?.TimeLimit is not { } limit)
        {
            return null;
        }

        var due = limit.EndsOn(VietnamTime.ToDate(filed));
        return new IntakeDue(due, limit.WorkingDays, limit.Basis, VietnamTime.Today(clock) > due);
    }

    /// <summary>
    /// A re-evaluation's time limit (26/2026 Điều 7.6g: 45 days from the province receiving the complete dossier), while it waits
    /// for its council or decision; counted from its last receipt (the province's, or the intake's under a regime without one).
    /// </summary>
    private ReEvaluationDue? ReEvaluationDueOf(Dossier d, WorkflowRegime? regime)
    {
        var rule = regime?.Steps.FirstOrDefault(s => s.Kind == RegimeStepKind.Council)?.ReEvaluation;
        var received = d.Events.Where(e => e.ToStatus == DossierStatus.Accepted).OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => (DateTime?)e.At).LastOrDefault();
        if (d.Kind != DossierKind.ReEvaluation || d.Status is not (DossierStatus.Accepted or DossierStatus.Scored)
            || rule?.FinishWithinDays is not { } days || received is not { } at)
        {
            return null;
        }

        var due = VietnamTime.ToDate(at).AddDays(days);
        return new ReEvaluationDue(due, days, rule.FinishBasis ?? rule.Basis, VietnamTime.Today(clock) > due);
    }

    /// <summary>Why the dossier cannot go on under its regime today (filing closed, transition deadline passed), or null.</summary>
    private string? Stopped(Dossier dossier, WorkflowRegime regime)
    {
        var today = VietnamTime.Today(clock);
        return DossierTimeline.PastDeadline(regime, dossier.Kind, today)
            ?? (dossier.SubmittedAt is null ? DossierTimeline.FilingClosed(regime, today) : null);
    }

    private IReadOnlyList<IntakeCheckItem> IntakeChecksOf(Dossier d)
    {
        var answers = d.IntakeChecksJson is null ? [] : JsonSerializer.Deserialize<Dictionary<string, bool>>(d.IntakeChecksJson)!;
        var findings = ReportOf(d)?.Findings;
        return [.. (catalog.Regime(d.RegimeCode)?.Intake?.Checks ?? []).Select(c => new IntakeCheckItem(
            c.Code, c.Text, answers.TryGetValue(c.Code, out var passed) ? passed : null, findings?.GetValueOrDefault(c.Code), c.TextEn))];
    }

    private static CommuneReport? ReportOf(Dossier d) =>
        d.CommuneReportJson is null ? null : JsonSerializer.Deserialize<CommuneReport>(d.CommuneReportJson, JsonSerializerOptions.Web);

    /// <summary>
    /// The regime's intake pre-assessment: every check answered, and all passed, before a dossier is
    /// accepted (a failed check means returning the dossier with a comment instead).
    /// </summary>
    private void CheckIntake(Dossier dossier, IReadOnlyDictionary<string, bool>? answers, ValidationErrors errors)
    {
        var checks = catalog.Regime(dossier.RegimeCode)?.Intake?.Checks ?? [];
        var missing = checks.Where(c => answers?.ContainsKey(c.Code) != true).ToList();
        var failed = checks.Where(c => answers?.GetValueOrDefault(c.Code, true) == false).ToList();
        if (missing.Count > 0)
        {
            errors.Add("Checks", "Validation.Dossier.IntakeCheckMissing");
            missing.ForEach(c => errors.Add("Checks", c.ReaderText));
        }
        else if (failed.Count > 0)
        {
            errors.Add("Checks", "Validation.Dossier.IntakeCheckFailed");
            failed.ForEach(c => errors.Add("Checks", c.ReaderText));
        }

        if (answers?.Keys.FirstOrDefault(k => checks.All(c => c.Code != k)) is { } unknown)
        {
            errors.Add("Checks", "Validation.Dossier.IntakeCheckUnknown");
        }
    }

    /// <summary>The scorecard the dossier's product is assessed on (its product set's).</summary>
    public async Task<(ScorecardDefinition Definition, VersionRules Rules)?> ScorecardForAsync(int dossierId, UserScope scope, CancellationToken ct)
    {
        var row = await (from d in Visible(scope)
                         join c in db.Scorecards on d.ProductSetId equals c.ProductSetId
                         join v in db.CriteriaVersions on d.CriteriaVersionCode equals v.Code
                         where d.Id == dossierId
                         select new { c.DefinitionJson, v.RulesJson }).SingleOrDefaultAsync(ct);
        return row is null ? null : (
            JsonSerializer.Deserialize<ScorecardDefinition>(row.DefinitionJson, CriteriaManifest.Json)!,
            JsonSerializer.Deserialize<VersionRules>(row.RulesJson!, CriteriaManifest.Json)!);
    }

    public async Task<ServiceResult<int>> CreateAsync(DossierInput input, UserScope scope, CancellationToken ct)
    {
        if (!scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        var product = await db.Products.VisibleTo(scope).Include(p => p.ProductSet).SingleOrDefaultAsync(p => p.Id == input.ProductId, ct);
        if (product is null)
        {
            return ServiceResult<int>.Invalid("ProductId", "Validation.Dossier.ProductMissing");
        }

        var today = VietnamTime.Today(clock);
        var regime = catalog.RegimeForDossiersFiledOn(today);
        var set = regime is null ? null : await SetUnderAsync(product.ProductSet!, regime.CriteriaVersion, ct);
        var scorecard = set is null ? null : await db.Scorecards.SingleOrDefaultAsync(c => c.ProductSetId == set.Id, ct);
        var errors = new ValidationErrors();
        if (set is null)
        {
            errors.Add("ProductId", "Validation.Dossier.RetiredVersion");
        }
        else if (scorecard is not { IsComplete: true })
        {
            errors.Add("ProductId", "Validation.Dossier.ScorecardNotReady");
        }
        else if (await OpenDossiersOf(product.Id).AnyAsync(ct))
        {
            errors.Add("ProductId", "Validation.Dossier.OpenExists");
        }
        else if (input.Kind == DossierKind.ReEvaluation
                 && DossierTimeline.OutsideReEvaluationWindow(regime!, await CurrentExpiryAsync(product, ct), today) is { } window)
        {
            errors.Add("Kind", window);
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add("Kind", "Validation.Dossier.KindInvalid");
        }
        else if (input.Kind == DossierKind.New && product.Stars is not null)
        {
            errors.Add("Kind", "Validation.Dossier.NewHasStars");
        }
        else if (input.Kind != DossierKind.New && product.Stars is null)
        {
            errors.Add("Kind", "Validation.Dossier.KindNeedsStars");
        }

        if (input.Note?.Length > MaxCommentLength)
        {
            errors.Add("Note", "Validation.Dossier.CommentTooLong");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var dossier = new Dossier
        {
            ProductId = product.Id, Kind = input.Kind, Status = DossierStatus.Draft, CriteriaVersionCode = regime!.CriteriaVersion,
            ProductSetId = set!.Id, RegimeCode = regime.Code, Note = Blank(input.Note),
        };
        dossier.Events.Add(Event(null, DossierStatus.Draft, null));
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(dossier.Id);
    }

    /// <summary>
    /// The set a product is scored on under <paramref name="version"/>: its own when it is classified under that
    /// version, else the set the version names as taking its set over; null when there is none.
    /// </summary>
    private async Task<ProductSet?> SetUnderAsync(ProductSet current, string version, CancellationToken ct)
    {
        if (current.CriteriaVersionCode == version)
        {
            return current;
        }

        var takeOver = catalog.Version(version)?.TakesOver;
        return takeOver?.Version == current.CriteriaVersionCode && takeOver.Sets.TryGetValue(current.Code, out var code)
            ? await db.ProductSets.SingleOrDefaultAsync(s => s.CriteriaVersionCode == version && s.Code == code, ct)
            : null;
    }

    /// <summary>When the product's stars end: its current certificate's expiry, or the confirmed paper certificate's.</summary>
    private async Task<DateOnly?> CurrentExpiryAsync(Products.Product product, CancellationToken ct) =>
        await db.Certificates.Where(c => c.ProductId == product.Id && c.Number == product.CertificateReference && c.RevokedOn == null)
            .Select(c => (DateOnly?)c.ExpiresOn).FirstOrDefaultAsync(ct) ?? product.LegacyValidUntil;

    /// <summary>Saves the self-assessment as it stands; every answer must be one of its criterion's options.</summary>
    public async Task<ServiceResult<int>> SaveSelfAssessmentAsync(int id, SelfAssessmentInput input, UserScope scope, CancellationToken ct)
    {
        var dossier = await Visible(scope).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null || !scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        if (dossier.Version != input.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        if (!dossier.IsEditable)
        {
            return ServiceResult<int>.Invalid("", "Validation.Dossier.NotEditable");
        }

        var (definition, rules) = (await ScorecardForAsync(id, scope, ct))!.Value;
        var problems = ScoreCalculator.Check(definition, rules, input.Answers, complete: false);
        if (problems.Count > 0)
        {
            return ServiceResult<int>.Invalid(problems.GroupBy(p => p.CriterionCode ?? "").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        dossier.SelfAssessmentJson = JsonSerializer.Serialize(input.Answers);
        dossier.SelfAssessmentTotal = ScoreCalculator.Total(definition, input.Answers).Total;
        return await SaveAsync(dossier, ct);
    }

    public async Task<ServiceResult<int>> TransitionAsync(int id, DossierActionInput input, UserScope scope, CancellationToken ct)
    {
        var dossier = await Visible(scope).Include(d => d.Documents).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null || !scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        if (dossier.Version != input.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        var transition = DossierWorkflow.Available(dossier.Status, scope).FirstOrDefault(t => t.Action == input.Action);
        if (transition is null)
        {
            return ServiceResult<int>.Invalid("Action", "Validation.Dossier.ActionNotAllowed");
        }

        var comment = Blank(input.Comment);
        var errors = new ValidationErrors();
        if (transition.NeedsComment && comment is null)
        {
            errors.Add("Comment", "Validation.Dossier.CommentRequired");
        }

        if (comment?.Length > MaxCommentLength)
        {
            errors.Add("Comment", "Validation.Dossier.CommentTooLong");
        }

        var regime = catalog.Regime(dossier.RegimeCode);
        if (input.Action is DossierAction.Submit or DossierAction.Accept or DossierAction.Receive && regime is not null
            && Stopped(dossier, regime) is { } stopped)
        {
            errors.Add("", stopped);
        }

        if (input.Action == DossierAction.Resume)
        {
            await CheckResumableAsync(dossier, regime, errors, ct);
        }

        CommuneReport? report = null;
        if (input.Action == DossierAction.Submit)
        {
            await CheckReadyToSubmitAsync(dossier, scope, errors, ct);
        }
        else if (input.Action == DossierAction.Accept)
        {
            CheckIntake(dossier, input.Checks, errors);
            if (regime?.Intake?.Report is not null)
            {
                report = CommuneReportRules.Read(
                    input.Report, regime.Intake.Checks ?? [], VietnamTime.ToDate(dossier.SubmittedAt!.Value), VietnamTime.Today(clock), errors);
            }
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var to = transition.To;
        if (input.Action == DossierAction.Accept)
        {
            if (IntakeChecksOf(dossier).Count > 0)
            {
                dossier.IntakeChecksJson = JsonSerializer.Serialize(input.Checks);
                comment ??= "Đạt tiền đánh giá";
            }

            dossier.CommuneReportJson = report is null ? null : JsonSerializer.Serialize(report, JsonSerializerOptions.Web);
            // Under a regime with the province's receiving check the commune forwards the dossier; the province receives it.
            to = regime?.Receipt is null ? to : DossierStatus.Forwarded;
        }

        dossier.Events.Add(Event(dossier.Status, to, comment));
        dossier.Status = to;
        if (input.Action == DossierAction.Resume)
        {
            // Withdrawing gave the filing up: the dossier is filed anew, and its dates (intake limit, filing window) count from then.
            dossier.SubmittedAt = null;
        }
        else if (transition.To == DossierStatus.Submitted)
        {
            // The filing date (the regime's dates read it) is the first submission's; a returned dossier keeps it.
            dossier.SubmittedAt ??= clock.GetUtcNow().UtcDateTime;
        }

        return await SaveAsync(dossier, ct);
    }

    /// <summary>
    /// A withdrawn dossier is taken up again only while its round allows it: its regime still takes filings and its
    /// deadline has not passed, a re-evaluation is still inside its window, and the product has no other open dossier.
    /// </summary>
    private async Task CheckResumableAsync(Dossier dossier, WorkflowRegime? regime, ValidationErrors errors, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        if (regime is not null && (DossierTimeline.PastDeadline(regime, dossier.Kind, today) ?? DossierTimeline.FilingClosed(regime, today)) is { } stopped)
        {
            errors.Add("", stopped);
        }

        var product = await db.Products.SingleAsync(p => p.Id == dossier.ProductId, ct);
        if (dossier.Kind == DossierKind.New && product.Stars is not null)
        {
            errors.Add("", "Validation.Dossier.ResumeNewHasStars");
        }

        if (dossier.Kind == DossierKind.ReEvaluation && regime is not null
            && DossierTimeline.OutsideReEvaluationWindow(regime, await CurrentExpiryAsync(product, ct), today) is { } window)
        {
            errors.Add("", window);
        }

        if (await OpenDossiersOf(dossier.ProductId).AnyAsync(d => d.Id != dossier.Id, ct))
        {
            errors.Add("", "Validation.Dossier.ResumeOpenExists");
        }
    }

    /// <summary>The product's dossiers still in progress (<see cref="Dossier.IsOpen"/> as a query): a product has at most one.</summary>
    private IQueryable<Dossier> OpenDossiersOf(int productId) =>
        db.Dossiers.Where(d => d.ProductId == productId && d.Status != DossierStatus.Recognised
            && d.Status != DossierStatus.NotRecognised && d.Status != DossierStatus.Withdrawn);

    /// <summary>The dossier's gaps (<see cref="DossierReadiness"/>, the same list its page shows), every one of them as an error.</summary>
    private async Task CheckReadyToSubmitAsync(Dossier dossier, UserScope scope, ValidationErrors errors, CancellationToken ct)
    {
        var (definition, rules) = (await ScorecardForAsync(dossier.Id, scope, ct))!.Value;
        var gaps = DossierReadiness.GapsOf(dossier.Id, dossier.Kind, dossier.Documents.Select(d => d.Type), Answers(dossier), definition, rules);
        foreach (var group in gaps.GroupBy(g => (g.Field, g.MessageKey)))
        {
            errors.Add(group.Key.Field, group.Key.MessageKey);
            foreach (var detail in group.Select(g => g.Detail).OfType<string>())
            {
                errors.Add(group.Key.Field, detail);
            }
        }
    }

    private async Task<ServiceResult<int>> SaveAsync(Dossier dossier, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ServiceResult<int>.Ok(dossier.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }
    }

    private DossierEvent Event(DossierStatus? from, DossierStatus to, string? comment) =>
        new() { FromStatus = from, ToStatus = to, At = clock.GetUtcNow().UtcDateTime, UserName = currentUser.Name, Comment = comment };

    internal static IReadOnlyDictionary<string, int> Answers(Dossier dossier) =>
        dossier.SelfAssessmentJson is null ? new Dictionary<string, int>() : JsonSerializer.Deserialize<Dictionary<string, int>>(dossier.SelfAssessmentJson)!;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
