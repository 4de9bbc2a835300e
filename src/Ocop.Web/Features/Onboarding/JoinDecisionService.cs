using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.Links;
using Ocop.Web.Features.Producers;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Mail;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Onboarding;

/// <summary>
/// The officers of a request's commune or province decide on it. Approving makes the producer record (or links one the
/// officer picks), makes the producer's account and mails its invitation, all or nothing; refusing mails the reason.
/// </summary>
public sealed class JoinDecisionService(
    OcopDbContext db, JoinRequestService requests, ProducerService producers, UserManager<OcopUser> users, AccountService accounts,
    AccountMail accountMail, IMailSender mail, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<ServiceResult<int>> ApproveAsync(int id, JoinDecision decision, UserScope scope, CancellationToken ct)
    {
        var request = await WaitingAsync(id, decision, scope, ct);
        if (request.Value is not { } join)
        {
            return new ServiceResult<int>(request.Status, 0, request.Errors);
        }

        if (await users.FindByEmailAsync(join.Email) is not null)
        {
            return ServiceResult<int>.Invalid("Email", "Validation.Join.EmailHasAccount");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        int producerId;
        if (decision.ProducerId is { } linked)
        {
            if (!await db.Producers.VisibleTo(scope).AnyAsync(p => p.Id == linked, ct))
            {
                return ServiceResult<int>.Invalid(nameof(JoinDecision.ProducerId), "Validation.Join.Producer");
            }

            producerId = linked;
        }
        else
        {
            var created = await producers.CreateAsync(new ProducerInput
            {
                Type = join.Kind, Name = join.Name, TaxCode = join.TaxCode, CommuneCode = join.CommuneCode, AddressLine = join.AddressLine,
                Phone = join.Phone, Email = join.Email, Status = ProducerStatus.Active,
            }, scope, ct);
            if (!created.IsOk)
            {
                return created;
            }

            producerId = created.Value;
        }

        await accounts.EnsureRolesAsync();
        var user = new OcopUser
        {
            UserName = join.Email, Email = join.Email, DisplayName = join.ContactName, PhoneNumber = join.Phone, ProducerId = producerId,
            Language = join.Language, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await users.CreateAsync(user);
        await users.AddToRoleAsync(user, Roles.Producer);
        join.Status = JoinRequestStatus.Approved;
        join.ProducerId = producerId;
        Decided(join, scope);
        await db.SaveChangesAsync(ct);
        await accountMail.SendAsync(user, AccountLinkPurpose.Invitation, ct: ct);
        await transaction.CommitAsync(ct);
        return ServiceResult<int>.Ok(join.Id);
    }

    public async Task<ServiceResult<int>> RefuseAsync(int id, JoinDecision decision, UserScope scope, CancellationToken ct)
    {
        var request = await WaitingAsync(id, decision, scope, ct);
        if (request.Value is not { } join)
        {
            return new ServiceResult<int>(request.Status, 0, request.Errors);
        }

        var reason = TextRules.Clean(decision.Reason);
        if (reason is null || reason.Length > 1000)
        {
            return ServiceResult<int>.Invalid(nameof(JoinDecision.Reason), "Validation.Join.Reason");
        }

        join.Status = JoinRequestStatus.Refused;
        join.RefusalReason = reason;
        Decided(join, scope);
        await db.SaveChangesAsync(ct);
        await mail.SendAsync(new MailMessageData([join.Email], localizer.WithCulture(join.Language, "JoinMail.Refused.Subject"),
            string.Format(CultureInfo.InvariantCulture, localizer.WithCulture(join.Language, "JoinMail.Refused.Body"), join.ContactName, join.Name, reason)), ct);
        return ServiceResult<int>.Ok(join.Id);
    }

    /// <summary>The request, tracked, when the officer covers it, it waits, and the officer saw its current version.</summary>
    private async Task<ServiceResult<JoinRequest>> WaitingAsync(int id, JoinDecision decision, UserScope scope, CancellationToken ct)
    {
        var join = await requests.Covered(scope).FirstOrDefaultAsync(r => r.Id == id && r.Status != JoinRequestStatus.Unconfirmed, ct);
        if (join is null)
        {
            return ServiceResult<JoinRequest>.NotFound();
        }

        return join.Status != JoinRequestStatus.Waiting || join.Version != decision.Version
            ? ServiceResult<JoinRequest>.Conflict()
            : ServiceResult<JoinRequest>.Ok(join);
    }

    private void Decided(JoinRequest join, UserScope scope)
    {
        join.DecidedAt = clock.GetUtcNow().UtcDateTime;
        join.DecidedBy = scope.UserName;
    }
}
