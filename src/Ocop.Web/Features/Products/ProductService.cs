using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Search;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Products;

/// <summary>Registers, finds, edits and soft-deletes products, always within the caller's scope.</summary>
public sealed class ProductService(OcopDbContext db, TimeProvider clock, Catalogue.CatalogueIndex catalogue)
{
    public async Task<PagedResult<ProductListItem>> ListAsync(ProductQuery query, UserScope scope, CancellationToken ct = default)
    {
        var products = Filter(db.Products.VisibleTo(scope), query, VietnamTime.Today(clock));
        return await PageAsync(products, query, ct);
    }

    /// <summary>The public list: listed products only (valid certificate or confirmed legacy rating).</summary>
    public async Task<PagedResult<ProductListItem>> ListPublicAsync(ProductQuery query, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        var products = Filter(db.Products.ThatAreListed(db.Certificates, today), query with { Status = null }, today);
        return await PageAsync(products, query, ct);
    }

    /// <summary>A reachable product's public fields (see <see cref="PublicProducts"/>), and whether it is listed today.</summary>
    public async Task<ProductPublicDto?> GetPublicAsync(int id, CancellationToken ct = default)
    {
        // Whether it is listed comes from the catalogue's snapshot: the same answer the catalogue gives, without a subquery.
        var today = VietnamTime.Today(clock);
        var listed = (await catalogue.CurrentAsync(ct)).IsListed(id, today);
        return await db.Products.ThatArePublic().Where(p => p.Id == id)
            .Select(p => new ProductPublicDto(
                p.Id, p.Name, p.NameEn, p.ProducerId, p.Producer!.Name, p.Producer.Type, p.Producer.ProvinceCode,
                db.Provinces.Where(x => x.Code == p.Producer.ProvinceCode).Select(x => x.Name).First(),
                db.Communes.Where(x => x.Code == p.Producer.CommuneCode).Select(x => x.Name).First(),
                p.ProductSet!.GroupId, p.ProductSet.Code, p.ProductSet.Name, p.ProductSet.Group!.Name, p.Description, p.DescriptionEn,
                p.Story, p.StoryEn, p.Ingredients, p.Packaging, p.ShelfLife, p.Gtin, p.StarsUntil == null || p.StarsUntil >= today ? p.Stars : null,
                p.Images.OrderBy(i => i.SortOrder).Select(i => i.Id).ToList(),
                new ProducerContact(p.Producer.AddressLine, p.Producer.Phone, p.Producer.Email, p.Producer.Website, p.Producer.Latitude, p.Producer.Longitude),
                listed, p.ProductSet.Group.Code, p.CertificateReference, p.LegacyValidUntil))
            .FirstOrDefaultAsync(ct);
    }

    public Task<ProductDetails?> GetAsync(int id, UserScope scope, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(clock);
        return db.Products.VisibleTo(scope).Where(p => p.Id == id)
            .Select(p => new ProductDetails(
                p.Id, p.ProducerId, p.Producer!.Name, p.Producer.ProvinceCode,
                db.Provinces.Where(x => x.Code == p.Producer.ProvinceCode).Select(x => x.Name).First(),
                db.Communes.Where(x => x.Code == p.Producer.CommuneCode).Select(x => x.Name).First(),
                p.Name, p.NameEn, p.ProductSetId, p.ProductSet!.Name, p.ProductSet.Group!.Name, p.ProductSet.CriteriaVersionCode,
                p.Description, p.Story, p.Ingredients, p.Packaging, p.ShelfLife, p.Gtin, p.Status, p.StarsUntil == null || p.StarsUntil >= today ? p.Stars : null, p.CertificateReference,
                p.Images.OrderBy(i => i.SortOrder).Select(i => i.Id).ToList(), p.Version, p.UpdatedAt, p.UpdatedBy,
                p.DescriptionEn, p.StoryEn, p.LegacyValidUntil))
            .FirstOrDefaultAsync(ct);
    }

    public async Task<ServiceResult<int>> CreateAsync(ProductInput input, UserScope scope, CancellationToken ct = default)
    {
        if (!scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        if (scope.IsProducer)
        {
            input.ProducerId = scope.ProducerId!.Value;
        }

        var product = new Product { Name = string.Empty };
        var invalid = await ApplyAsync(product, input, scope, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        db.Products.Add(product);
        return await SaveAsync(product, ct);
    }

    public async Task<ServiceResult<int>> UpdateAsync(int id, ProductInput input, UserScope scope, CancellationToken ct = default)
    {
        var product = await db.Products.VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        if (input.Version is null)
        {
            return ServiceResult<int>.Invalid(nameof(input.Version), "Validation.VersionRequired");
        }

        if (scope.IsProducer)
        {
            input.ProducerId = product.ProducerId;
        }

        db.Entry(product).Property(p => p.Version).OriginalValue = input.Version.Value;
        var invalid = await ApplyAsync(product, input, scope, ct);
        return invalid ?? await SaveAsync(product, ct);
    }

    public async Task<ServiceResult<int>> DeleteAsync(int id, int version, UserScope scope, CancellationToken ct = default)
    {
        var product = await db.Products.VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null || !scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        if (await RecordHistory.ProductHasHistoryAsync(db, id, ct))
        {
            return ServiceResult<int>.Invalid("Id", "Validation.ProductHasHistory");
        }

        db.Entry(product).Property(p => p.Version).OriginalValue = version;
        product.IsDeleted = true;
        return await SaveAsync(product, ct);
    }

    private async Task<ServiceResult<int>?> ApplyAsync(Product product, ProductInput input, UserScope scope, CancellationToken ct)
    {
        var errors = ProductRules.Check(input, out var gtin);
        if (input.ProducerId > 0 && !await db.Producers.VisibleTo(scope).AnyAsync(p => p.Id == input.ProducerId, ct))
        {
            errors.Add(nameof(input.ProducerId), "Validation.UnknownProducer");
        }

        var set = await db.ProductSets.AsNoTracking()
            .Where(s => s.Id == input.ProductSetId)
            .Select(s => new { s.Id, Accepts = db.CriteriaVersions.Where(v => v.Code == s.CriteriaVersionCode).Select(v => v.AcceptsNewProducts).First() })
            .FirstOrDefaultAsync(ct);
        if (input.ProductSetId > 0 && set is null)
        {
            errors.Add(nameof(input.ProductSetId), "Validation.UnknownProductSet");
        }
        else if (set is { Accepts: false } && !scope.IsOfficer && product.ProductSetId != set.Id)
        {
            // Older criteria versions stay for records imported by officers; new products use the current one.
            errors.Add(nameof(input.ProductSetId), "Validation.ProductSetRetired");
        }

        if (gtin is not null && await db.Products.IgnoreQueryFilters().AnyAsync(p => p.Id != product.Id && p.Gtin == gtin, ct))
        {
            errors.Add(nameof(input.Gtin), "Validation.GtinTaken");
        }

        if (scope.IsProducer && input.Status == ProductStatus.Active && product.Status != ProductStatus.Active)
        {
            errors.Add(nameof(input.Status), "Validation.OfficerActivates");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        product.ProducerId = input.ProducerId;
        product.Name = input.Name!.Trim();
        product.SearchName = VietnameseText.Fold(product.Name);
        product.NameEn = TextRules.Clean(input.NameEn);
        product.ProductSetId = input.ProductSetId;
        product.Description = TextRules.Clean(input.Description);
        product.Story = TextRules.Clean(input.Story);
        product.DescriptionEn = TextRules.Clean(input.DescriptionEn);
        product.StoryEn = TextRules.Clean(input.StoryEn);
        product.Ingredients = TextRules.Clean(input.Ingredients);
        product.Packaging = TextRules.Clean(input.Packaging);
        product.ShelfLife = TextRules.Clean(input.ShelfLife);
        product.Gtin = gtin;
        product.Status = input.Status;
        if (scope.IsOfficer)
        {
            var reference = TextRules.Clean(input.CertificateReference);
            // Changing the rating by hand makes it the officer's record: it holds as long as the confirmation says.
            if (input.Stars != product.Stars || reference != product.CertificateReference || input.LegacyValidUntil != product.LegacyValidUntil)
            {
                product.StarsUntil = input.Stars is null ? null : input.LegacyValidUntil;
            }

            product.Stars = input.Stars;
            product.CertificateReference = reference;
            product.LegacyValidUntil = input.LegacyValidUntil;
        }

        return null;
    }

    private async Task<ServiceResult<int>> SaveAsync(Product product, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ServiceResult<int>.Ok(product.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }
        catch (DbUpdateException) when (product.Gtin is not null)
        {
            return ServiceResult<int>.Invalid(nameof(ProductInput.Gtin), "Validation.GtinTaken");
        }
    }

    /// <param name="today">Stars count only while they hold (<see cref="Product.StarsUntil"/>).</param>
    private static IQueryable<Product> Filter(IQueryable<Product> products, ProductQuery query, DateOnly today)
    {
        var folded = VietnameseText.Fold(query.Q);
        if (folded.Length > 0)
        {
            var pattern = VietnameseText.ContainsPattern(folded);
            products = products.Where(p => EF.Functions.Like(p.SearchName, pattern, VietnameseText.LikeEscape)
                                           || EF.Functions.Like(p.Producer!.SearchName, pattern, VietnameseText.LikeEscape));
        }

        if (query.Producer is { } producer)
        {
            products = products.Where(p => p.ProducerId == producer);
        }

        if (!string.IsNullOrWhiteSpace(query.Province))
        {
            products = products.Where(p => p.Producer!.ProvinceCode == query.Province);
        }

        if (query.Group is { } group)
        {
            products = products.Where(p => p.ProductSet!.GroupId == group);
        }

        if (query.Set is { } set)
        {
            products = products.Where(p => p.ProductSetId == set);
        }

        if (query.Status is { } status)
        {
            products = products.Where(p => p.Status == status);
        }

        if (query.Stars is { } stars)
        {
            products = products.Where(p => p.Stars == stars && (p.StarsUntil == null || p.StarsUntil >= today));
        }

        return products;
    }

    private async Task<PagedResult<ProductListItem>> PageAsync(IQueryable<Product> products, ProductQuery query, CancellationToken ct)
    {
        var paging = Paging.From(query.Page, query.PageSize);
        var total = await products.CountAsync(ct);
        var items = await products
            .OrderBy(p => p.SearchName).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(ToListItem())
            .ToListAsync(ct);
        return new PagedResult<ProductListItem>(items, paging.Page, paging.PageSize, total);
    }

    private System.Linq.Expressions.Expression<Func<Product, ProductListItem>> ToListItem()
    {
        var today = VietnamTime.Today(clock);
        return p => new ProductListItem(
            p.Id, p.Name, p.Producer!.Name, p.ProducerId,
            db.Provinces.Where(x => x.Code == p.Producer.ProvinceCode).Select(x => x.Name).First(),
            p.ProductSet!.Name, p.Status, p.StarsUntil == null || p.StarsUntil >= today ? p.Stars : null,
            p.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.Id).FirstOrDefault());
    }
}
