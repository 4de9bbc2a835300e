namespace Ocop.Web.Features.Search;

/// <summary>
/// English words for the kinds of OCOP products, so that a reader searching in English ("coffee", "fish sauce",
/// "dragon fruit") finds products that only have Vietnamese names. Each entry is a run of folded Vietnamese syllables
/// and the English words it gives; the catalogue indexes those words with the product's name. Only unambiguous
/// syllable runs are listed ("bơ" avocado and "bò" beef fold alike, so neither is).
/// </summary>
public static class ProductGlossary
{
    private static readonly (string[] Vietnamese, string[] English)[] Terms = [.. new (string Vietnamese, string English)[]
    {
        ("ca phe", "coffee"), ("mat ong", "honey"), ("nuoc mam", "fish sauce"), ("thanh long", "dragon fruit"),
        ("banh trang", "rice paper"), ("banh da", "rice paper"), ("tra", "tea"), ("che tuoi", "tea"), ("che xanh", "green tea"), ("che shan", "tea"), ("buoi", "pomelo grapefruit"),
        ("ruou vang", "wine"), ("ruou", "liquor spirit"), ("nuoc ep", "juice"), ("hat dieu", "cashew nut"), ("dieu", "cashew"),
        ("ca cao", "cocoa cacao"), ("tieu", "pepper"), ("gao", "rice"), ("mang cut", "mangosteen"), ("sau rieng", "durian"),
        ("xoai", "mango"), ("chuoi", "banana"), ("mac ca", "macadamia nut"), ("nam linh chi", "lingzhi mushroom"),
        ("nam huong", "shiitake mushroom"), ("nam rom", "straw mushroom"), ("nam bao ngu", "oyster mushroom"),
        ("yen sao", "bird nest"), ("to yen", "bird nest"), ("sam", "ginseng"), ("dong trung ha thao", "cordyceps"),
        ("atiso", "artichoke"), ("dau tay", "strawberry"), ("hong treo", "persimmon"), ("hong say", "persimmon"),
        ("mut", "jam candied"), ("tho cam", "brocade textile"), ("gom", "pottery ceramic"), ("may tre", "bamboo rattan"),
        ("muoi", "salt"), ("tom", "shrimp"), ("muc", "squid"), ("rau", "vegetable"), ("nho", "grape"), ("sen", "lotus"),
        ("tinh dau", "essential oil"), ("sua", "milk"), ("toi", "garlic"), ("gung", "ginger"), ("bot nghe", "turmeric"),
        ("tinh bot nghe", "turmeric"), ("hoa hoi", "star anise"), ("bun", "noodles"), ("pho", "noodles"),
        ("cha ca", "fish cake"), ("kho ca", "dried fish"), ("ca kho", "dried fish"), ("khoai lang", "sweet potato"),
        ("chanh day", "passion fruit"), ("vai thieu", "lychee"), ("long nhan", "dried longan"), ("nhan xuong", "longan"),
    }.Select(t => (t.Vietnamese.Split(' '), t.English.Split(' ')))];

    /// <summary>The terms by their first syllable: a catalogue rebuild asks for every product, so each syllable looks up only its own terms.</summary>
    private static readonly ILookup<string, (string[] Vietnamese, string[] English)> ByFirstSyllable =
        Terms.ToLookup(t => t.Vietnamese[0], StringComparer.Ordinal);

    /// <summary>The English words for every glossary run found, in order, in the folded syllables of a name (repeats possible).</summary>
    public static IEnumerable<string> EnglishFor(IReadOnlyList<string> foldedSyllables)
    {
        for (var start = 0; start < foldedSyllables.Count; start++)
        {
            foreach (var (vietnamese, english) in ByFirstSyllable[foldedSyllables[start]])
            {
                if (StartsAt(foldedSyllables, start, vietnamese))
                {
                    foreach (var word in english)
                    {
                        yield return word;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Each two neighbouring syllables written together ("nuoc mam" → "nuocmam"), for readers who type a
    /// Vietnamese word without its space, as domain names and hashtags do.
    /// </summary>
    public static IEnumerable<string> Joined(IReadOnlyList<string> foldedSyllables)
    {
        for (var i = 0; i + 1 < foldedSyllables.Count; i++)
        {
            // Numbers ("Cát Tiên 3") are not syllables: joining them would only add words no reader types.
            if (IsSyllable(foldedSyllables[i]) && IsSyllable(foldedSyllables[i + 1]))
            {
                yield return foldedSyllables[i] + foldedSyllables[i + 1];
            }
        }
    }

    private static bool StartsAt(IReadOnlyList<string> syllables, int start, string[] run)
    {
        if (start + run.Length > syllables.Count)
        {
            return false;
        }

        for (var k = 1; k < run.Length; k++)
        {
            if (syllables[start + k] != run[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSyllable(string word) => !word.Any(char.IsDigit);
}
