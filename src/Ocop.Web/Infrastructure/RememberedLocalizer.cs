using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Ocop.Web.Resources;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// The shared texts, each looked up once per language and then kept. The resource manager behind the default localizer
/// takes a lock and walks the culture's fallbacks on every lookup; a catalogue page makes about a hundred lookups, and
/// under load the threads queue on that lock. The names come from the code (a few thousand); past
/// <see cref="MaxKept"/> a name is looked up without being kept, so a name built from a request cannot grow it without end.
/// </summary>
internal sealed class RememberedLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    private readonly IStringLocalizer inner = factory.Create(typeof(SharedResource));
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> found = new();

    private const int MaxKept = 20_000;

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (found.TryGetValue(key, out var text))
            {
                return text;
            }

            text = inner[name];
            if (found.Count < MaxKept)
            {
                found.TryAdd(key, text);
            }

            return text;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            // As the resource manager's localizer does: the text read in the reader's language, formatted in the current culture.
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
