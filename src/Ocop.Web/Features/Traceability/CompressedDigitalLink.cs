using System.Numerics;
using System.Text;

namespace Ocop.Web.Features.Traceability;

/// <summary>
/// Reads a compressed GS1 Digital Link URI path (GS1 Digital Link: compression, as GS1's toolkits write it) back into the
/// element strings it carries, for the AIs a product's label uses: the GTIN, its qualifiers (22, 10, 21) and the usual
/// attributes (dates 11–17, 7003, quantities 30, 310n/320n, price 392n, 91). The path is a URL-safe base-64 text of a bit
/// string; each element starts with two hex digits: an AI's first two digits (then its remaining digits as hex nibbles),
/// an optimisation code standing for a fixed sequence of AIs ("0B" = 01 then 10), or "F…" for a non-GS1 key=value pair.
/// Numeric values are binary integers; alphanumeric ones carry a 3-bit encoding (digits, hex, base 64 or 7-bit ASCII).
/// An AI outside this set, or bits that do not read, make the path not a compressed link (null): the caller answers 404/400.
/// </summary>
public static class CompressedDigitalLink
{
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private const string Hex = "0123456789ABCDEF";

    /// <summary>How many digits an AI has, by its first two (GS1's table of AI prefixes), for the AIs read here.</summary>
    private static readonly Dictionary<string, int> AiLength = new()
    {
        ["01"] = 2, ["10"] = 2, ["11"] = 2, ["12"] = 2, ["13"] = 2, ["15"] = 2, ["16"] = 2, ["17"] = 2, ["21"] = 2, ["22"] = 2, ["30"] = 2,
        ["31"] = 4, ["32"] = 4, ["39"] = 4, ["70"] = 4, ["91"] = 2,
    };

    /// <summary>A value's parts: numeric (N) or alphanumeric (X), of a fixed length or up to a maximum.</summary>
    private sealed record Part(bool Numeric, int Length, bool Fixed);

    private static readonly Dictionary<string, Part[]> Formats = BuildFormats();

    /// <summary>Optimisation codes: one code for a common sequence of AIs, whose values follow in AI order (as GS1's toolkit writes them).</summary>
    private static readonly Dictionary<string, string[]> Sequences = new()
    {
        ["0A"] = ["01", "22"], ["0B"] = ["01", "10"], ["0C"] = ["01", "21"], ["0D"] = ["01", "17"], ["0E"] = ["01", "7003"], ["0F"] = ["01", "30"],
        ["1A"] = ["01", "10", "17", "21"], ["1B"] = ["01", "15"], ["1C"] = ["01", "11"], ["1D"] = ["01", "16"], ["1E"] = ["01", "91"], ["1F"] = ["01", "10", "15"],
        ["2A"] = ["01", "3100"], ["2B"] = ["01", "3101"], ["2C"] = ["01", "3102"], ["2D"] = ["01", "3103"], ["2E"] = ["01", "3104"], ["2F"] = ["01", "3105"],
        ["3A"] = ["01", "3200"], ["3B"] = ["01", "3201"], ["3C"] = ["01", "3202"], ["3D"] = ["01", "3203"], ["3E"] = ["01", "3204"], ["3F"] = ["01", "3205"],
        ["A0"] = ["01", "3920"], ["A1"] = ["01", "3921"], ["A2"] = ["01", "3922"], ["A3"] = ["01", "3923"], ["A4"] = ["01", "3924"],
        ["A5"] = ["01", "3925"], ["A6"] = ["01", "3926"], ["A7"] = ["01", "3927"], ["A8"] = ["01", "3928"], ["A9"] = ["01", "3929"],
    };

    /// <summary>
    /// The element strings of a compressed path (AI → value, non-GS1 keys too, in the order read), or null. A GTIN given
    /// uncompressed before the compressed rest (a partly compressed link) is passed in <paramref name="gtin"/>.
    /// </summary>
    public static List<KeyValuePair<string, string>>? Read(string compressed, string? gtin = null)
    {
        // A whole link needs at least a GTIN's bits (eight characters); the rest after an uncompressed GTIN may be short.
        if (compressed.Length < (gtin is null ? 8 : 1) || !compressed.All(c => Base64.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var bits = new StringBuilder(compressed.Length * 6);
        foreach (var c in compressed)
        {
            bits.Append(Convert.ToString(Base64.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(6, '0'));
        }

        var elements = new List<KeyValuePair<string, string>>();
        if (gtin is not null)
        {
            elements.Add(new("01", gtin));
        }

        try
        {
            var reader = new BitReader(bits.ToString());
            while (reader.Remaining > 8)
            {
                ReadElement(reader, elements);
            }
        }
        catch (FormatException)
        {
            return null;
        }

        return elements.Count > 0 && elements.Select(e => e.Key).Distinct().Count() == elements.Count ? elements : null;
    }

    private static void ReadElement(BitReader reader, List<KeyValuePair<string, string>> elements)
    {
        var (h1, h2) = (reader.Nibble(), reader.Nibble());
        var prefix = $"{Hex[h1]}{Hex[h2]}";
        if (h1 <= 9 && h2 <= 9)
        {
            var length = AiLength.TryGetValue(prefix, out var l) ? l : throw new FormatException(prefix);
            var ai = prefix;
            for (var i = 2; i < length; i++)
            {
                var digit = reader.Nibble();
                ai += digit <= 9 ? Hex[digit] : throw new FormatException(ai);
            }

            elements.Add(new(ai, ReadValue(reader, ai)));
        }
        else if (Sequences.TryGetValue(prefix, out var sequence))
        {
            elements.AddRange(sequence.Select(ai => new KeyValuePair<string, string>(ai, ReadValue(reader, ai))));
        }
        else if (h1 == 0xF)
        {
            // A non-GS1 key=value pair: 7 bits of key length starting at the second nibble, the key in base 64, then a value.
            var keyLength = (h2 << 3) | reader.Int(3);
            var key = new string([.. Enumerable.Range(0, keyLength).Select(_ => Base64[reader.Int(6)])]);
            var encoding = reader.Int(3);
            elements.Add(new(key, ReadText(reader, encoding, reader.Int(7))));
        }
        else
        {
            throw new FormatException(prefix);
        }
    }

    private static string ReadValue(BitReader reader, string ai)
    {
        var value = new StringBuilder();
        foreach (var part in Formats.TryGetValue(ai, out var parts) ? parts : throw new FormatException(ai))
        {
            if (part.Numeric)
            {
                var digits = part.Fixed ? part.Length : reader.Int(LengthBits(part.Length));
                var number = reader.Big(ValueBits(digits)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                value.Append(digits == 0 ? string.Empty : part.Fixed ? number.PadLeft(digits, '0') : number);
            }
            else
            {
                var encoding = reader.Int(3);
                value.Append(ReadText(reader, encoding, part.Fixed ? part.Length : reader.Int(LengthBits(part.Length))));
            }
        }

        return value.ToString();
    }

    private static string ReadText(BitReader reader, int encoding, int characters) => encoding switch
    {
        0 => characters == 0 ? string.Empty : reader.Big(ValueBits(characters)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => new string([.. Enumerable.Range(0, characters).Select(_ => char.ToLowerInvariant(Hex[reader.Int(4)]))]),
        2 => new string([.. Enumerable.Range(0, characters).Select(_ => Hex[reader.Int(4)])]),
        3 => new string([.. Enumerable.Range(0, characters).Select(_ => Base64[reader.Int(6)])]),
        4 => new string([.. Enumerable.Range(0, characters).Select(_ => (char)reader.Int(7))]),
        _ => throw new FormatException($"encoding {encoding}"),
    };

    /// <summary>Bits for a length up to <paramref name="max"/> (GS1's formula).</summary>
    private static int LengthBits(int max) => (int)Math.Ceiling((Math.Log(max) / Math.Log(2)) + 0.01);

    /// <summary>Bits for a number of <paramref name="digits"/> decimal digits (GS1's formula).</summary>
    private static int ValueBits(int digits) => (int)Math.Ceiling((digits * Math.Log(10) / Math.Log(2)) + 0.01);

    private static Dictionary<string, Part[]> BuildFormats()
    {
        Part[] N(int length) => [new Part(true, length, true)];
        Part[] NUpTo(int max) => [new Part(true, max, false)];
        Part[] XUpTo(int max) => [new Part(false, max, false)];
        var formats = new Dictionary<string, Part[]>
        {
            ["01"] = N(14), ["10"] = XUpTo(20), ["21"] = XUpTo(20), ["22"] = XUpTo(20), ["11"] = N(6), ["12"] = N(6), ["13"] = N(6), ["15"] = N(6),
            ["16"] = N(6), ["17"] = N(6), ["30"] = NUpTo(8), ["7003"] = N(10), ["91"] = XUpTo(90),
        };
        foreach (var family in new[] { "310", "311", "312", "313", "314", "315", "316", "320", "321", "322", "323", "324", "325", "326", "327", "328", "329" })
        {
            for (var decimals = 0; decimals <= 5; decimals++)
            {
                formats[family + decimals] = N(6);
            }
        }

        for (var decimals = 0; decimals <= 9; decimals++)
        {
            formats["392" + decimals] = NUpTo(15);
        }

        return formats;
    }

    /// <summary>Reads a string of '0'/'1' left to right; reading past its end is a format error.</summary>
    private sealed class BitReader(string bits)
    {
        private int _at;

        public int Remaining => bits.Length - _at;

        public int Nibble() => Int(4);

        public int Int(int count) => (int)Big(count);

        public BigInteger Big(int count)
        {
            if (count < 0 || count > Remaining)
            {
                throw new FormatException("past the end");
            }

            var value = BigInteger.Zero;
            for (var i = 0; i < count; i++)
            {
                value = (value << 1) | (bits[_at + i] == '1' ? BigInteger.One : BigInteger.Zero);
            }

            _at += count;
            return value;
        }
    }
}
