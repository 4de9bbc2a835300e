using System.Globalization;
using MailKit.Security;
using MimeKit;

namespace Ocop.Web.Infrastructure.Mail;

public sealed record MailMessageData(IReadOnlyList<string> To, string Subject, string Body);

/// <summary>Sends the platform's notices.</summary>
public interface IMailSender
{
    Task SendAsync(MailMessageData message, CancellationToken ct);
}

/// <summary>Mail settings (Ocop:Mail): an SMTP host sends for real; without one, messages are written to a folder.</summary>
public sealed class MailOptions
{
    public string From { get; set; } = "ocop@localhost";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpSsl { get; set; } = true;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    /// <summary>Relative to the data folder; where messages go when no SMTP host is set (Development).</summary>
    public string Folder { get; set; } = "mail";
}

/// <summary>Delivers through the configured SMTP server with MailKit (STARTTLS on 587, TLS on connect on 465).</summary>
public sealed class SmtpMailSender(MailOptions options) : IMailSender
{
    public async Task SendAsync(MailMessageData message, CancellationToken ct)
    {
        Hosting.OcopMetrics.Mails.Add(1);
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(options.From));
        foreach (var to in message.To)
        {
            mail.To.Add(MailboxAddress.Parse(to));
        }

        mail.Subject = message.Subject;
        mail.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.Body };
        using var client = new MailKit.Net.Smtp.SmtpClient();
        var security = !options.SmtpSsl ? SecureSocketOptions.None
            : options.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(options.SmtpHost!, options.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? string.Empty, ct);
        }

        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

/// <summary>Writes each message as a .eml file (readable by any mail client) under the data folder.</summary>
public sealed class FolderMailSender(MailOptions options, DataFolder dataFolder, TimeProvider clock) : IMailSender
{
    public string Folder => dataFolder.PathFor(options.Folder);

    public async Task SendAsync(MailMessageData message, CancellationToken ct)
    {
        Hosting.OcopMetrics.Mails.Add(1);
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml";
        var content = string.Join("\r\n",
            $"From: {options.From}",
            $"To: {string.Join(", ", message.To)}",
            $"Subject: =?utf-8?B?{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(message.Subject))}?=",
            $"Date: {clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture)}",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            message.Body);
        await File.WriteAllTextAsync(Path.Combine(Folder, name), content, ct);
    }
}
