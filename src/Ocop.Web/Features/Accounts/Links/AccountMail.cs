using System.Globalization;
using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Mail;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Accounts.Links;

/// <summary>Mails an account link, in the account's own language, with a link built on the public address.</summary>
public sealed class AccountMail(AccountLinkService links, IMailSender mail, PublicUrls urls, IStringLocalizer<SharedResource> localizer)
{
    public static string PathOf(AccountLinkPurpose purpose) => purpose switch
    {
        AccountLinkPurpose.Invitation => "/account/invitation",
        AccountLinkPurpose.PasswordReset => "/account/reset-password",
        _ => "/account/confirm-email",
    };

    /// <summary>The address links are built on; work done off the request (<see cref="AccountMailQueue"/>) passes it along.</summary>
    public string Base => urls.Base;

    /// <summary>Issues a new link (withdrawing the earlier one of that purpose) and mails it; to the new address for an e-mail change.</summary>
    public async Task SendAsync(OcopUser user, AccountLinkPurpose purpose, string? newEmail = null, string? baseUrl = null, CancellationToken ct = default)
    {
        var secret = await links.IssueAsync(user.Id, purpose, newEmail, ct);
        var language = user.Language == "en" ? "en" : "vi";
        var name = purpose.ToString();
        var hours = ((int)AccountLinkService.LifetimeOf(purpose).TotalHours).ToString(CultureInfo.InvariantCulture);
        var site = baseUrl ?? urls.Base;
        var url = $"{site}{PathOf(purpose)}?token={Uri.EscapeDataString(secret)}";
        var body = string.Format(CultureInfo.InvariantCulture, localizer.WithCulture(language, $"AccountMail.{name}.Body"),
            user.DisplayName ?? user.Email, url, hours, site);
        await mail.SendAsync(new MailMessageData([newEmail ?? user.Email!], localizer.WithCulture(language, $"AccountMail.{name}.Subject"), body), ct);
    }

    /// <summary>A notice without a link, in the account's language; body placeholders: {0} name, {1} the platform's address.</summary>
    public async Task SendNoticeAsync(OcopUser user, string subjectKey, string bodyKey, CancellationToken ct = default)
    {
        var language = user.Language == "en" ? "en" : "vi";
        var body = string.Format(CultureInfo.InvariantCulture, localizer.WithCulture(language, bodyKey), user.DisplayName ?? user.Email, urls.Base);
        await mail.SendAsync(new MailMessageData([user.Email!], localizer.WithCulture(language, subjectKey), body), ct);
    }
}
