using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Infrastructure.Mail;

namespace Ocop.Tests.Infrastructure;

/// <summary>The app's outgoing mail as the .eml files its folder sender writes (no SMTP host in tests).</summary>
public static partial class Mailbox
{
    public static string FolderOf(OcopApp app) =>
        ((FolderMailSender)app.Services.GetRequiredService<IMailSender>()).Folder;

    public static List<string> To(OcopApp app, string address)
    {
        var folder = FolderOf(app);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order().Select(File.ReadAllText)
                .Where(m => m.Contains($"To: {address}\r\n", StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
    }

    /// <summary>
    /// The newest link to <paramref name="path"/> mailed to the address, waiting up to 30 s for it (some account mail is
    /// sent in the background so that the answer's timing reveals nothing; with both test suites side by side on two
    /// cores, as CI runs them, 10 s was once not enough); relative to the site (path and query).
    /// </summary>
    public static async Task<string> LinkAsync(OcopApp app, string address, string path, int atLeast = 1)
    {
        for (var waited = 0; waited < 30_000; waited += 100)
        {
            var links = To(app, address).SelectMany(m => Link().Matches(m).Select(x => x.Groups[1].Value))
                .Where(l => l.StartsWith(path + "?", StringComparison.Ordinal)).ToList();
            if (links.Count >= atLeast)
            {
                return links[^1];
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException($"no mail with a link to {path} reached {address}");
    }

    [GeneratedRegex(@"https?://[^/\s]+(/[^\s]*)")]
    private static partial Regex Link();
}
