using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Mail;

namespace Ocop.Web.Features.Evaluation.Certificates;

public sealed record ExpiryRun(int Notified, int Ended);

/// <summary>
/// The daily pass over certificates: each one entering its expiry window is announced once to the
/// producer and the province's officers; a product whose current certificate has expired has its stars cleared from
/// storage (the certificate keeps the history). Views stop showing them the day after expiry already
/// (<see cref="Products.Product.StarsUntil"/>): this pass only tidies up.
/// </summary>
public sealed class CertificateExpiryNotifier(
    OcopDbContext db, IMailSender mail, CriteriaWindow window, UserManager<OcopUser> users, PublicUrls urls, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> localizer, ILogger<CertificateExpiryNotifier> logger)
{
    public async Task<ExpiryRun> RunAsync(DateOnly today, CancellationToken ct)
    {
        var soon = today.AddDays(window.Days);
        var expiring = await db.Certificates.Include(c => c.Product!).ThenInclude(p => p.Producer)
            .Where(c => c.RevokedOn == null && c.ExpiryNoticeSentAt == null && c.ExpiresOn >= today && c.ExpiresOn <= soon)
            .ToListAsync(ct);
        var notified = 0;
        foreach (var certificate in expiring)
        {
            // Claimed before mailing: where two nodes run this pass, the one whose update finds the notice unsent mails it.
            var sentAt = clock.GetUtcNow().UtcDateTime;
            if (await db.Certificates.Where(c => c.Id == certificate.Id && c.ExpiryNoticeSentAt == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(c => c.ExpiryNoticeSentAt, sentAt), ct) == 0)
            {
                continue;
            }

            try
            {
                await NotifyAsync(certificate, ct);
                notified++;
            }
            catch
            {
                // Not sent: release the claim so that the next pass tries again.
                await db.Certificates.Where(c => c.Id == certificate.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.ExpiryNoticeSentAt, (DateTime?)null), CancellationToken.None);
                throw;
            }
        }

        var ended = await db.Certificates.Include(c => c.Product)
            .Where(c => c.RevokedOn == null && c.ExpiresOn < today && c.Product!.CertificateReference == c.Number)
            .ToListAsync(ct);
        foreach (var certificate in ended)
        {
            CertificateService.ClearProductIfCurrent(certificate);
        }

        await db.SaveChangesAsync(ct);
        if (notified + ended.Count > 0)
        {
            logger.LogInformation("Certificate expiry: {Notified} notified, {Ended} ended", notified, ended.Count);
        }

        return new ExpiryRun(notified, ended.Count);
    }

    /// <summary>The producer and the province's officers, each reader in their own language.</summary>
    private async Task NotifyAsync(Certificate certificate, CancellationToken ct)
    {
        var producer = certificate.Product!.Producer!;
        // Each reader in their own language: officers by their account's, the producer's address by the account that
        // uses it (Vietnamese when none does).
        var readers = (await users.GetUsersInRoleAsync(Roles.ProvinceOfficer)).Where(u => u.ProvinceCode == producer.ProvinceCode && u.Email is not null)
            .Select(u => (Email: u.Email!, u.Language)).ToList();
        if (producer.Email is { Length: > 0 } email)
        {
            readers.Add((email, (await users.FindByEmailAsync(email))?.Language ?? "vi"));
        }

        foreach (var group in readers.DistinctBy(r => r.Email).GroupBy(r => r.Language == "en" ? "en" : "vi"))
        {
            var expires = VietnamTime.Format(certificate.ExpiresOn);
            await mail.SendAsync(new MailMessageData([.. group.Select(r => r.Email)],
                string.Format(CultureInfo.InvariantCulture, localizer.WithCulture(group.Key, "ExpiryMail.Subject"), certificate.Number, expires),
                string.Format(CultureInfo.InvariantCulture, localizer.WithCulture(group.Key, "ExpiryMail.Body"), certificate.Number, certificate.Product.Name,
                    producer.Name, certificate.Stars, expires, urls.VerifyCertificate(certificate.Number))), ct);
        }
    }
}

/// <summary>The expiring window in days (the widest among the criteria versions).</summary>
public sealed record CriteriaWindow(int Days);

/// <summary>Runs the expiry pass shortly after start and then once a day (Ocop:Jobs:CertificateExpiry, on by default).</summary>
public sealed class CertificateExpiryJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CertificateExpiryJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CertificateExpiryNotifier>().RunAsync(VietnamTime.Today(clock), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed pass (database down, SMTP refused) is retried tomorrow; nothing is marked as sent.
                logger.LogError(e, "Certificate expiry pass failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
