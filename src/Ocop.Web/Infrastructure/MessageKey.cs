using Microsoft.Extensions.Localization;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// A validation message is a resource key; one that needs values (a date, a number) carries them after the key,
/// so the service stays free of the request's language and the page or API answer fills them in.
/// </summary>
public static class MessageKey
{
    private const char Separator = '\u001F';

    public static string With(string key, params string[] values) => string.Join(Separator, [key, .. values]);

    /// <summary>The message in the request's language: the key's text with its values put in.</summary>
    public static string Message(this IStringLocalizer localizer, string message)
    {
        var parts = message.Split(Separator);
        return parts.Length == 1 ? localizer[message] : localizer[parts[0], parts[1..]];
    }
}
