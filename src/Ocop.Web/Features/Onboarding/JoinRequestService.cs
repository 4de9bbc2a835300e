using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.ApiTokens;
using Ocop.Web.Features.Producers;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Mail;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Onboarding;

/// <summary>
/// Producers ask to join: the request is taken from anyone (a per-client limit and a honeypot, as buyer inquiries),
/// held until the applicant confirms the e-mail, then shown to the officers of its commune and province.
/// </summary>
public sealed class JoinRequestService(OcopDbContext db, IMailSender mail, PublicUrls urls, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromHours(48);

    /// <summary>Stores the request and mails the confirmation link; a bot (honeypot filled) gets the same answer, id 0, and nothing is kept.</summary>
    public async Task<ServiceResult<int>> SubmitAsync(JoinInput input, Func<CancellationToken, Task<bool>> withinLimit, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            errors.Add(nameof(JoinInput.Kind), "Validation.Join.Kind");
        }

        TextRules.RequireName(errors, nameof(JoinInput.Name), input.Name, 200);
        TextRules.RequireName(errors, nameof(JoinInput.ContactName), input.ContactName, 200);
        TextRules.RequireName(errors, nameof(JoinInput.ProductName), input.ProductName, 200);
        TextRules.MaxLength(errors, nameof(JoinInput.AddressLine), input.AddressLine, 300);
        TextRules.MaxLength(errors, nameof(JoinInput.Phone), input.Phone, 30);
        TextRules.MaxLength(errors, nameof(JoinInput.ProductDescription), input.ProductDescription, 2000);
        string? taxCode = null;
        if (!string.IsNullOrWhiteSpace(input.TaxCode) && !TaxCode.TryNormalize(input.TaxCode, out taxCode!))
        {
            errors.Add(nameof(JoinInput.TaxCode), "Validation.TaxCode");
        }
        else if (string.IsNullOrWhiteSpace(input.TaxCode) && input.Kind is ProducerType.Cooperative or ProducerType.Enterprise)
        {
            errors.Add(nameof(JoinInput.TaxCode), "Validation.Join.TaxCodeRequired");
        }

        var email = TextRules.Clean(input.Email);
        if (email is null || email.Length > 256 || !MailAddress.TryCreate(email, out _))
        {
            errors.Add(nameof(JoinInput.Email), "Validation.Email");
        }

        var commune = input.CommuneCode is null ? null : await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == input.CommuneCode, ct);
        if (commune is null)
        {
            errors.Add(nameof(JoinInput.CommuneCode), "Validation.Join.Commune");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        if (!await withinLimit(ct))
        {
            return ServiceResult<int>.Invalid(string.Empty, "Validation.Inquiry.TooMany");
        }

        if (!string.IsNullOrWhiteSpace(input.Website))
        {
            return ServiceResult<int>.Ok(0);
        }

        var secret = TokenSecrets.New("j_");
        var request = new JoinRequest
        {
            Kind = input.Kind!.Value, Name = input.Name!.Trim(), TaxCode = taxCode, CommuneCode = commune!.Code, ProvinceCode = commune.ProvinceCode,
            AddressLine = TextRules.Clean(input.AddressLine), ContactName = input.ContactName!.Trim(), Email = email!, Phone = TextRules.Clean(input.Phone),
            ProductName = input.ProductName!.Trim(), ProductDescription = TextRules.Clean(input.ProductDescription),
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "vi", TokenHash = TokenSecrets.HashOf(secret),
        };
        db.JoinRequests.Add(request);
        await db.SaveChangesAsync(ct);
        await mail.SendAsync(new MailMessageData([request.Email], localizer.WithCulture(request.Language, "JoinMail.Confirm.Subject"),
            string.Format(CultureInfo.InvariantCulture, localizer.WithCulture(request.Language, "JoinMail.Confirm.Body"), request.ContactName, request.Name,
                $"{urls.Base}/join/confirm?token={secret}", (int)ConfirmWithin.TotalHours)), ct);
        return ServiceResult<int>.Ok(request.Id);
    }

    /// <summary>The applicant followed the mailed link: the request goes to the officers.</summary>
    public async Task<JoinConfirmOutcome> ConfirmAsync(string? secret, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 100)
        {
            return JoinConfirmOutcome.Unknown;
        }

        var hash = TokenSecrets.HashOf(secret);
        var request = await db.JoinRequests.FirstOrDefaultAsync(r => r.TokenHash == hash, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request is null)
        {
            return JoinConfirmOutcome.Unknown;
        }

        if (request.Status != JoinRequestStatus.Unconfirmed)
        {
            return JoinConfirmOutcome.AlreadyConfirmed;
        }

        if (now - request.CreatedAt > ConfirmWithin)
        {
            return JoinConfirmOutcome.Expired;
        }

        request.Status = JoinRequestStatus.Waiting;
        request.ConfirmedAt = now;
        await db.SaveChangesAsync(ct);
        return JoinConfirmOutcome.Confirmed;
    }

    /// <summary>Confirmed requests the officer covers (their commune, or their province), waiting first.</summary>
    public async Task<IReadOnlyList<JoinRequestItem>> ListAsync(UserScope scope, JoinRequestStatus? status, CancellationToken ct) =>
        await Project(Covered(scope).Where(r => status == null ? r.Status != JoinRequestStatus.Unconfirmed : r.Status == status)
            .OrderBy(r => r.Status).ThenBy(r => r.ConfirmedAt)).ToListAsync(ct);

    public Task<JoinRequestItem?> GetAsync(int id, UserScope scope, CancellationToken ct) =>
        Project(Covered(scope).Where(r => r.Id == id && r.Status != JoinRequestStatus.Unconfirmed)).FirstOrDefaultAsync(ct);

    public Task<int> WaitingCountAsync(UserScope scope, CancellationToken ct) =>
        Covered(scope).CountAsync(r => r.Status == JoinRequestStatus.Waiting, ct);

    internal IQueryable<JoinRequest> Covered(UserScope scope) =>
        !scope.IsOfficer ? db.JoinRequests.Where(_ => false)
        : scope.IsNational ? db.JoinRequests
        : scope.CommuneCode is { } commune ? db.JoinRequests.Where(r => r.CommuneCode == commune)
        : db.JoinRequests.Where(r => r.ProvinceCode == scope.ProvinceCode);

    private IQueryable<JoinRequestItem> Project(IQueryable<JoinRequest> requests) =>
        requests.AsNoTracking().Select(r => new JoinRequestItem(
            r.Id, r.Kind, r.Name, r.TaxCode, r.CommuneCode, db.Communes.Where(c => c.Code == r.CommuneCode).Select(c => c.Name).First(), r.ProvinceCode,
            r.AddressLine, r.ContactName, r.Email, r.Phone, r.ProductName, r.ProductDescription, r.Status, r.CreatedAt, r.ConfirmedAt,
            r.DecidedAt, r.DecidedBy, r.RefusalReason, r.ProducerId, r.Version));
}
