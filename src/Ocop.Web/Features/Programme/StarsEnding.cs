using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.Programme;

/// <summary>A product whose stars end on a day: by its platform certificate (with its id and number) or by a confirmed paper rating.</summary>
public sealed record EndingStars(int ProductId, string ProductName, string ProducerName, int Stars, DateOnly EndsOn, int? CertificateId, string? CertificateNumber);

/// <summary>
/// The one count of "stars ending soon" every screen shows (the officer's home, the programme dashboard, the producer's
/// to-do list): certificates in force that expire in the window, and confirmed paper ratings ending in it for products
/// without a certificate in force. Two screens that counted differently disagreed (0 against 2).
/// </summary>
public static class StarsEnding
{
    public static async Task<List<EndingStars>> BetweenAsync(OcopDbContext db, IQueryable<Product> products, DateOnly today, DateOnly last, CancellationToken ct)
    {
        var certified = await RecognitionHistory.InForceOn(db, today).Where(c => c.ExpiresOn <= last)
            .Join(products, c => c.ProductId, p => p.Id, (c, p) => new EndingStars(p.Id, p.Name, p.Producer!.Name, c.Stars, c.ExpiresOn, c.Id, c.Number))
            .ToListAsync(ct);
        var legacy = await products.Where(p => p.Stars != null && p.LegacyValidUntil >= today && p.LegacyValidUntil <= last
                && !RecognitionHistory.InForceOn(db, today).Any(c => c.ProductId == p.Id))
            .Select(p => new EndingStars(p.Id, p.Name, p.Producer!.Name, p.Stars!.Value, p.LegacyValidUntil!.Value, null, null))
            .ToListAsync(ct);
        return [.. certified.Concat(legacy).OrderBy(e => e.EndsOn).ThenBy(e => e.ProductName, StringComparer.Ordinal)];
    }
}
