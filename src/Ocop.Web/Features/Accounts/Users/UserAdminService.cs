using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts.Links;
using Ocop.Web.Features.Accounts.Sessions;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Accounts.Users;

/// <summary>
/// What managers do to accounts: invite, change role and unit, disable and enable, resend an invitation, send a reset
/// link. Every change is audited; a change of role or unit, and a disabled account, end the account's sessions at once.
/// </summary>
public sealed class UserAdminService(
    OcopDbContext db, UserManager<OcopUser> users, UserDirectory directory, AccountMail mail, AccountLinkService links,
    SessionService sessions, AccountService accounts, Evaluation.Criteria.CriteriaCatalog catalog, TimeProvider clock)
{
    public async Task<ServiceResult<string>> InviteAsync(UserInput input, UserScope manager, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var email = TextRules.Clean(input.Email);
        if (email is null || email.Length > 256 || !MailAddress.TryCreate(email, out _))
        {
            errors.Add(nameof(UserInput.Email), "Validation.Email");
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(nameof(UserInput.Email), "Validation.User.EmailTaken");
        }

        var binding = await CheckAsync(input, manager, errors, ct);
        if (errors.Any || binding is null)
        {
            return ServiceResult<string>.Invalid(errors.ToDictionary());
        }

        await accounts.EnsureRolesAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new OcopUser
        {
            UserName = email, Email = email, CreatedAt = now, Language = input.Language == "en" ? "en" : "vi",
        };
        Apply(user, input, binding);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return ServiceResult<string>.Invalid(nameof(UserInput.Email), "Validation.User.EmailTaken");
        }

        await users.AddToRoleAsync(user, binding.Role);
        UserAudit.Add(db, user.Id, UserActions.Invited, manager, now, Snapshot(user, binding.Role));
        await db.SaveChangesAsync(ct);
        await mail.SendAsync(user, AccountLinkPurpose.Invitation, ct: ct);
        await transaction.CommitAsync(ct);
        return ServiceResult<string>.Ok(user.Id);
    }

    public async Task<ServiceResult<string>> UpdateAsync(string id, UserInput input, UserScope manager, CancellationToken ct = default)
    {
        var user = await LoadAsync(id, manager, ct);
        if (user is null)
        {
            return ServiceResult<string>.NotFound();
        }

        var errors = new ValidationErrors();
        var role = (await users.GetRolesAsync(user)).FirstOrDefault();
        if (user.Id == manager.UserId && input.Role != role)
        {
            errors.Add(nameof(UserInput.Role), "Validation.User.OwnRole");
        }

        var binding = await CheckAsync(input, manager, errors, ct);
        if (errors.Any || binding is null)
        {
            return ServiceResult<string>.Invalid(errors.ToDictionary());
        }

        var before = Snapshot(user, role);
        Apply(user, input, binding);
        var scopeChanged = role != binding.Role || before.Province != user.ProvinceCode || before.Commune != user.CommuneCode || before.Producer != user.ProducerId;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (role != binding.Role)
        {
            if (role is not null)
            {
                await users.RemoveFromRoleAsync(user, role);
            }

            await users.AddToRoleAsync(user, binding.Role);
        }

        await users.UpdateAsync(user);
        UserAudit.Add(db, user.Id, UserActions.Changed, manager, clock.GetUtcNow().UtcDateTime, new { before, after = Snapshot(user, binding.Role) });
        await db.SaveChangesAsync(ct);
        if (scopeChanged)
        {
            // The old role and unit are in the session's cookie: the account signs in again to get the new ones.
            await sessions.EndAllAsync(user.Id, ct);
        }

        await transaction.CommitAsync(ct);
        return ServiceResult<string>.Ok(user.Id);
    }

    public async Task<ServiceResult<string>> SetDisabledAsync(string id, bool disabled, UserScope manager, CancellationToken ct = default)
    {
        var user = await LoadAsync(id, manager, ct);
        if (user is null)
        {
            return ServiceResult<string>.NotFound();
        }

        if (user.Id == manager.UserId)
        {
            return ServiceResult<string>.Invalid("Status", "Validation.User.OwnAccount");
        }

        if (user.IsDisabled != disabled)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            user.IsDisabled = disabled;
            await users.UpdateAsync(user);
            UserAudit.Add(db, user.Id, disabled ? UserActions.Disabled : UserActions.Enabled, manager, clock.GetUtcNow().UtcDateTime, new { });
            await db.SaveChangesAsync(ct);
            if (disabled)
            {
                await sessions.EndAllAsync(user.Id, ct);
                await links.RevokeOpenAsync(user.Id, null, ct);
            }

            await transaction.CommitAsync(ct);
        }

        return ServiceResult<string>.Ok(user.Id);
    }

    /// <summary>A new invitation link (the earlier one stops working) for an account whose password is not set yet.</summary>
    public Task<ServiceResult<string>> ResendInvitationAsync(string id, UserScope manager, CancellationToken ct = default) =>
        SendLinkAsync(id, manager, AccountLinkPurpose.Invitation, ct);

    /// <summary>A password-reset link for an account that has a password.</summary>
    public Task<ServiceResult<string>> SendResetAsync(string id, UserScope manager, CancellationToken ct = default) =>
        SendLinkAsync(id, manager, AccountLinkPurpose.PasswordReset, ct);

    private async Task<ServiceResult<string>> SendLinkAsync(string id, UserScope manager, AccountLinkPurpose purpose, CancellationToken ct)
    {
        var user = await LoadAsync(id, manager, ct);
        if (user is null)
        {
            return ServiceResult<string>.NotFound();
        }

        var invited = user.PasswordHash is null;
        if (user.IsDisabled || invited != (purpose == AccountLinkPurpose.Invitation))
        {
            return ServiceResult<string>.Invalid("Status", user.IsDisabled ? "Validation.User.IsDisabled"
                : invited ? "Validation.User.NotYetActive" : "Validation.User.AlreadyActive");
        }

        UserAudit.Add(db, user.Id, purpose == AccountLinkPurpose.Invitation ? UserActions.InvitationSent : UserActions.ResetSent,
            manager, clock.GetUtcNow().UtcDateTime, new { });
        await mail.SendAsync(user, purpose, ct: ct);
        return ServiceResult<string>.Ok(user.Id);
    }

    private async Task<OcopUser?> LoadAsync(string id, UserScope manager, CancellationToken ct) =>
        await directory.CoversAsync(id, manager, ct) ? await users.FindByIdAsync(id) : null;

    /// <summary>The role and unit asked for, checked against the registry and against what the manager may give.</summary>
    private async Task<UserBinding?> CheckAsync(UserInput input, UserScope manager, ValidationErrors errors, CancellationToken ct)
    {
        TextRules.RequireName(errors, nameof(UserInput.DisplayName), input.DisplayName, 200);
        TextRules.MaxLength(errors, nameof(UserInput.Phone), input.Phone, 30);
        TextRules.MaxLength(errors, nameof(UserInput.Organisation), input.Organisation, 200);
        if (TextRules.Clean(input.CouncilBody) is { } body && catalog.CouncilBodies().All(b => b.Code != body))
        {
            errors.Add(nameof(UserInput.CouncilBody), "Validation.User.CouncilBody");
        }
        var binding = await UserBindings.ResolveAsync(db, input, manager, errors, ct);
        if (binding is not null && !UserGrants.Covers(manager, binding.Role, binding.Province))
        {
            errors.Add(nameof(UserInput.Role), "Validation.User.AboveOwn");
            return null;
        }

        return binding;
    }

    private static void Apply(OcopUser user, UserInput input, UserBinding binding)
    {
        user.DisplayName = TextRules.Clean(input.DisplayName);
        user.PhoneNumber = TextRules.Clean(input.Phone);
        user.ProvinceCode = binding.ProvinceCode;
        user.CommuneCode = binding.CommuneCode;
        user.ProducerId = binding.ProducerId;
        var council = binding.Role == Roles.CouncilMember;
        user.Organisation = council ? TextRules.Clean(input.Organisation) : null;
        user.CouncilBody = council ? TextRules.Clean(input.CouncilBody) : null;
        if (input.Language is "vi" or "en")
        {
            user.Language = input.Language;
        }
    }

    private sealed record UserSnapshot(string? Role, string? Name, string? Province, string? Commune, int? Producer, string? Organisation, string? CouncilBody);

    private static UserSnapshot Snapshot(OcopUser u, string? role) => new(role, u.DisplayName, u.ProvinceCode, u.CommuneCode, u.ProducerId, u.Organisation, u.CouncilBody);
}
