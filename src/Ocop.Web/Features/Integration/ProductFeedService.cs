using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Programme;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Integration;

/// <summary>What a feed request asks: the province (national administrator only), changes since, the page.</summary>
public sealed record FeedQuery(string? Province, string? Since, string? Until, int? After, int? Limit);

/// <summary>
/// The products of a province for other systems, with their producers and current rating: all of them (drafts
/// aside), or only those changed since a moment, deletions included. Paged by id (keyset), so a page costs the same
/// at the start and at the end of a province.
/// </summary>
public sealed class ProductFeedService(OcopDbContext db, TimeProvider clock, ResolverService resolver, PublicUrls urls)
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 1000;
    /// <summary>How far behind "now" the answer's <c>until</c> lies: longer than any import's transaction.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(5);

    public async Task<ServiceResult<ProductFeedPage>> PageAsync(UserScope scope, FeedQuery query, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var window = await ReadAsync(scope, query, errors, ct);
        if (query.Limit is < 1 or > MaxLimit)
        {
            errors.Add(nameof(FeedQuery.Limit), "Validation.Feed.Limit");
        }

        if (query.After is < 0)
        {
            errors.Add(nameof(FeedQuery.After), "Validation.Feed.After");
        }

        if (errors.Any)
        {
            return ServiceResult<ProductFeedPage>.Invalid(errors.ToDictionary());
        }

        var limit = query.Limit ?? DefaultLimit;
        var after = query.After ?? 0;
        var rows = await ItemsAsync(window!, q => q.Where(p => p.Id > after).OrderBy(p => p.Id).Take(limit + 1), ct);
        var more = rows.Count > limit;
        var items = more ? rows[..limit] : rows;
        var next = more ? NextLink(query, window!, items[^1].Id, limit) : null;
        return ServiceResult<ProductFeedPage>.Ok(new ProductFeedPage(window!.Since, window.Until, items.Count, items, next));
    }

    /// <summary>Every entry at once (the CSV): a province holds thousands of products, not millions.</summary>
    public async Task<ServiceResult<(IReadOnlyList<ProductFeedItem> Items, DateTime Until)>> AllAsync(UserScope scope, FeedQuery query, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var window = await ReadAsync(scope, query, errors, ct);
        if (errors.Any)
        {
            return ServiceResult<(IReadOnlyList<ProductFeedItem>, DateTime)>.Invalid(errors.ToDictionary());
        }

        var items = await ItemsAsync(window!, q => q.OrderBy(p => p.Id), ct);
        return ServiceResult<(IReadOnlyList<ProductFeedItem>, DateTime)>.Ok((items, window!.Until));
    }

    private sealed record Window(string ProvinceCode, string? CommuneCode, DateTime? Since, DateTime Until);

    private async Task<Window?> ReadAsync(UserScope scope, FeedQuery query, ValidationErrors errors, CancellationToken ct)
    {
        var province = TargetService.ProvinceFor(scope, TextRules.Clean(query.Province));
        if (province is null || !await db.Provinces.AnyAsync(p => p.Code == province, ct))
        {
            errors.Add(nameof(FeedQuery.Province), "Validation.Metrics.Province");
        }

        DateTime? since = null;
        if (query.Since is not null)
        {
            if (FeedTimestamp.TryParse(query.Since, out var parsed))
            {
                since = parsed;
            }
            else
            {
                errors.Add(nameof(FeedQuery.Since), "Validation.Feed.Timestamp");
            }
        }

        var until = clock.GetUtcNow().UtcDateTime - Overlap;
        until = until.AddTicks(-(until.Ticks % 10)); // to the microsecond, as links write it: every page reports the same value
        if (query.Until is not null)
        {
            // Only the next-page links carry it, so every page of one sync reports the same "until".
            if (FeedTimestamp.TryParse(query.Until, out var parsed))
            {
                until = parsed;
            }
            else
            {
                errors.Add(nameof(FeedQuery.Until), "Validation.Feed.Timestamp");
            }
        }

        return errors.Any ? null : new Window(province!, scope.CommuneCode, since, until);
    }

    private async Task<List<ProductFeedItem>> ItemsAsync(Window window, Func<IQueryable<Product>, IQueryable<Product>> page, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        // Deleted products and producers stay readable (soft deletion) so that a feed of changes can report them.
        var products = db.Products.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Producer!.ProvinceCode == window.ProvinceCode && p.Status != ProductStatus.Draft);
        if (window.CommuneCode is { } commune)
        {
            products = products.Where(p => p.Producer!.CommuneCode == commune);
        }

        products = window.Since is { } since
            ? products.Where(p => p.UpdatedAt > since || p.Producer!.UpdatedAt > since || (p.DeletedAt != null && p.DeletedAt > since))
            : products.Where(p => !p.IsDeleted && !p.Producer!.IsDeleted);

        var inForce = RecognitionHistory.InForceOn(db, today);
        var rows = await page(products)
            .Select(p => new
            {
                p.Id, p.Name, p.NameEn, p.Gtin, SetCode = p.ProductSet!.Code, SetName = p.ProductSet.Name, p.Status, p.Stars,
                p.CertificateReference, p.LegacyValidUntil, p.UpdatedAt, p.IsDeleted, p.DeletedAt,
                Producer = new
                {
                    p.Producer!.Id, p.Producer.Name, p.Producer.Type, p.Producer.TaxCode, p.Producer.ProvinceCode, p.Producer.CommuneCode,
                    p.Producer.Status, p.Producer.IsDeleted, p.Producer.UpdatedAt,
                },
                CommuneName = db.Communes.Where(c => c.Code == p.Producer.CommuneCode).Select(c => c.Name).FirstOrDefault(),
                Certificate = inForce.Where(c => c.ProductId == p.Id)
                    .OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id)
                    .Select(c => new { c.Number, c.Stars, c.IssuedOn, c.ExpiresOn }).FirstOrDefault(),
            })
            .ToListAsync(ct);

        return [.. rows.Select(r =>
        {
            var legacy = r.Certificate is null && r.Stars is not null && r.LegacyValidUntil >= today;
            var rated = r.Certificate is not null || legacy;
            var deleted = r.IsDeleted || r.Producer.IsDeleted;
            var changedAt = new[] { r.UpdatedAt, r.Producer.UpdatedAt, r.DeletedAt ?? DateTime.MinValue }.Max();
            return new ProductFeedItem(
                r.Id, r.Name, r.NameEn, r.Gtin, r.SetCode, r.SetName, r.Status,
                Listed: rated && !deleted && r.Status == ProductStatus.Active && r.Producer.Status == ProducerStatus.Active,
                Stars: r.Certificate?.Stars ?? (legacy ? r.Stars : null),
                CertificateNumber: r.Certificate?.Number ?? (legacy ? r.CertificateReference : null),
                RecognisedOn: r.Certificate?.IssuedOn ?? (legacy ? r.LegacyValidUntil!.Value.AddMonths(-RecognitionHistory.ValidityMonths) : null),
                ValidUntil: r.Certificate?.ExpiresOn ?? (legacy ? r.LegacyValidUntil : null),
                new FeedProducer(r.Producer.Id, r.Producer.Name, r.Producer.Type, r.Producer.TaxCode, r.Producer.ProvinceCode,
                    r.Producer.CommuneCode, r.CommuneName ?? r.Producer.CommuneCode, r.Producer.Status),
                $"{urls.Base}/products/{r.Id}", resolver.LinkFor(r.Id, r.Gtin), changedAt, deleted);
        })];
    }

    private static string NextLink(FeedQuery query, Window window, int lastId, int limit)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["province"] = query.Province,
            ["since"] = window.Since is { } since ? FeedTimestamp.Format(since) : null,
            ["until"] = FeedTimestamp.Format(window.Until),
            ["after"] = lastId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            ProductFeedEndpoints.JsonPath, parameters.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value)));
    }
}
