using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Ocop.Web.Features.Accounts.Sessions;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Accounts.Links;

/// <summary>What users do to their own account: passwords (from a mailed link or signed in), profile, e-mail address.</summary>
public sealed class SelfService(UserManager<OcopUser> users, AccountLinkService links, AccountMail mail, AccountMailQueue queue, SessionService sessions)
{
    /// <summary>
    /// Forgot password: the same answer at once whether or not the address has an account, and whether or not the
    /// client is over its allowance; in the background, an active account gets a reset link and an invited one a fresh
    /// invitation, at most one a minute.
    /// </summary>
    public void RequestReset(string? email, bool withinLimit)
    {
        var address = TextRules.Clean(email);
        if (!withinLimit || address is null || address.Length > 256 || !MailAddress.TryCreate(address, out _))
        {
            return;
        }

        var site = mail.Base;
        queue.Enqueue(async (services, ct) =>
        {
            var userManager = services.GetRequiredService<UserManager<OcopUser>>();
            if (await userManager.FindByEmailAsync(address) is { IsDisabled: false } user)
            {
                var purpose = user.PasswordHash is null ? AccountLinkPurpose.Invitation : AccountLinkPurpose.PasswordReset;
                // One mail a minute at most: the form must not become a way to flood someone's inbox.
                if (await services.GetRequiredService<AccountLinkService>().IssuedWithinAsync(user.Id, purpose, TimeSpan.FromMinutes(1), ct))
                {
                    return;
                }

                await services.GetRequiredService<AccountMail>().SendAsync(user, purpose, baseUrl: site, ct: ct);
            }
        });
    }

    /// <summary>An expired invitation asks for a new one: sent to the account's own address, never to the asker.</summary>
    public async Task<bool> RenewInvitationAsync(string? secret, CancellationToken ct)
    {
        var check = await links.CheckAsync(secret, AccountLinkPurpose.Invitation, ct);
        if (check.State != AccountLinkState.Expired || check.User is not { PasswordHash: null } user)
        {
            return false;
        }

        await mail.SendAsync(user, AccountLinkPurpose.Invitation, ct: ct);
        return true;
    }

    /// <summary>Sets the password from an invitation or reset link; the link is spent, other sessions end, a lock is lifted.</summary>
    public async Task<ServiceResult<OcopUser>> SetPasswordAsync(string? secret, AccountLinkPurpose purpose, string? password, CancellationToken ct)
    {
        var check = await links.CheckAsync(secret, purpose, ct);
        if (check is not { State: AccountLinkState.Valid, User: { } user, Link: { } link })
        {
            return ServiceResult<OcopUser>.NotFound();
        }

        var errors = await PasswordErrorsAsync(user, password);
        if (errors is not null)
        {
            return ServiceResult<OcopUser>.Invalid("Password", errors);
        }

        if (!await links.SpendAsync(link, ct))
        {
            return ServiceResult<OcopUser>.NotFound();
        }

        if (user.PasswordHash is not null)
        {
            await users.RemovePasswordAsync(user);
        }

        await users.AddPasswordAsync(user, password!);
        user.EmailConfirmed = true;
        await users.SetLockoutEndDateAsync(user, null);
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, ct);
        return ServiceResult<OcopUser>.Ok(user);
    }

    public async Task<ServiceResult<bool>> ChangePasswordAsync(OcopUser user, string? current, string? password, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(current) || !await users.CheckPasswordAsync(user, current))
        {
            return ServiceResult<bool>.Invalid("CurrentPassword", "Validation.Account.CurrentPassword");
        }

        var errors = await PasswordErrorsAsync(user, password);
        if (errors is not null)
        {
            return ServiceResult<bool>.Invalid("Password", errors);
        }

        await users.ChangePasswordAsync(user, current, password!);
        // Someone who knew the old password may hold a session: all end, and the caller signs this browser in again.
        await sessions.EndAllAsync(user.Id, ct);
        return ServiceResult<bool>.Ok(true);
    }

    /// <summary>
    /// Mails a confirmation link to the new address. When the address already has an account, that address is told
    /// instead, and the answer is the same, so the form does not reveal who has an account.
    /// </summary>
    public async Task<ServiceResult<bool>> RequestEmailChangeAsync(OcopUser user, string? newEmail, string? current, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(current) || !await users.CheckPasswordAsync(user, current))
        {
            return ServiceResult<bool>.Invalid("CurrentPassword", "Validation.Account.CurrentPassword");
        }

        var address = TextRules.Clean(newEmail);
        if (address is null || address.Length > 256 || !MailAddress.TryCreate(address, out _))
        {
            return ServiceResult<bool>.Invalid("NewEmail", "Validation.Email");
        }

        var owner = await users.FindByEmailAsync(address);
        if (owner is null)
        {
            await mail.SendAsync(user, AccountLinkPurpose.EmailChange, address, ct: ct);
        }
        else if (owner.Id != user.Id)
        {
            await mail.SendNoticeAsync(owner, "AccountMail.EmailInUse.Subject", "AccountMail.EmailInUse.Body", ct);
        }

        return ServiceResult<bool>.Ok(true);
    }

    public async Task<ServiceResult<OcopUser>> ConfirmEmailChangeAsync(string? secret, CancellationToken ct)
    {
        var check = await links.CheckAsync(secret, AccountLinkPurpose.EmailChange, ct);
        if (check is not { State: AccountLinkState.Valid, User: { } user, Link.NewEmail: { } address } || await users.FindByEmailAsync(address) is not null
            || !await links.SpendAsync(check.Link, ct))
        {
            return ServiceResult<OcopUser>.NotFound();
        }

        await users.SetEmailAsync(user, address);
        await users.SetUserNameAsync(user, address);
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await sessions.EndAllAsync(user.Id, ct);
        return ServiceResult<OcopUser>.Ok(user);
    }

    public async Task<ServiceResult<bool>> UpdateProfileAsync(OcopUser user, string? name, string? phone, string? language)
    {
        var errors = new ValidationErrors();
        TextRules.RequireName(errors, "DisplayName", name, 200);
        TextRules.MaxLength(errors, "Phone", phone, 30);
        if (errors.Any)
        {
            return ServiceResult<bool>.Invalid(errors.ToDictionary());
        }

        user.DisplayName = TextRules.Clean(name);
        user.PhoneNumber = TextRules.Clean(phone);
        user.Language = language == "en" ? "en" : "vi";
        await users.UpdateAsync(user);
        return ServiceResult<bool>.Ok(true);
    }

    /// <summary>The first failed password rule, as a message key; null when the password is acceptable.</summary>
    private async Task<string?> PasswordErrorsAsync(OcopUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Validation.Required";
        }

        foreach (var validator in users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(users, user, password)).Succeeded)
            {
                return "Validation.Account.PasswordRules";
            }
        }

        return null;
    }
}
