using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Products;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Search;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Producers;

/// <summary>Registers, finds, edits and soft-deletes producers, always within the caller's scope.</summary>
public sealed class ProducerService(OcopDbContext db)
{
    public async Task<PagedResult<ProducerListItem>> ListAsync(ProducerQuery query, UserScope scope, CancellationToken ct = default)
    {
        var producers = Filter(db.Producers.VisibleTo(scope), query);
        var paging = Paging.From(query.Page, query.PageSize);
        var total = await producers.CountAsync(ct);
        var items = await producers
            .OrderBy(p => p.SearchName).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(p => new ProducerListItem(
                p.Id, p.Name, p.Type, p.TaxCode,
                db.Provinces.Where(x => x.Code == p.ProvinceCode).Select(x => x.Name).First(),
                db.Communes.Where(x => x.Code == p.CommuneCode).Select(x => x.Name).First(),
                p.Status,
                db.Products.Count(x => x.ProducerId == p.Id)))
            .ToListAsync(ct);
        return new PagedResult<ProducerListItem>(items, paging.Page, paging.PageSize, total);
    }

    public async Task<PagedResult<ProducerPublicDto>> ListPublicAsync(ProducerQuery query, CancellationToken ct = default)
    {
        var producers = Filter(db.Producers.Where(p => p.Status == ProducerStatus.Active), query with { Status = null });
        var paging = Paging.From(query.Page, query.PageSize);
        var total = await producers.CountAsync(ct);
        var items = await ProjectPublic(producers.OrderBy(p => p.SearchName).ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.PageSize))
            .ToListAsync(ct);
        return new PagedResult<ProducerPublicDto>(items, paging.Page, paging.PageSize, total);
    }

    public Task<ProducerPublicDto?> GetPublicAsync(int id, CancellationToken ct = default) =>
        ProjectPublic(db.Producers.Where(p => p.Id == id && p.Status == ProducerStatus.Active)).FirstOrDefaultAsync(ct);

    public Task<ProducerDetails?> GetAsync(int id, UserScope scope, CancellationToken ct = default) =>
        db.Producers.VisibleTo(scope).Where(p => p.Id == id)
            .Select(p => new ProducerDetails(
                p.Id, p.Type, p.Name, p.TaxCode, p.LegalRepresentative, p.AddressLine,
                p.ProvinceCode, db.Provinces.Where(x => x.Code == p.ProvinceCode).Select(x => x.Name).First(),
                p.CommuneCode, db.Communes.Where(x => x.Code == p.CommuneCode).Select(x => x.Name).First(),
                p.OldUnitName, p.OldUnitCode, p.Phone, p.Email, p.Website, p.Latitude, p.Longitude,
                p.WomanOwned, p.EthnicMinorityOwned, p.Status, p.Version, p.CreatedAt, p.UpdatedAt, p.UpdatedBy))
            .FirstOrDefaultAsync(ct);

    public async Task<ServiceResult<int>> CreateAsync(ProducerInput input, UserScope scope, CancellationToken ct = default)
    {
        if (!scope.IsOfficer)
        {
            return ServiceResult<int>.NotFound();
        }

        var producer = new Producer { Name = string.Empty, CommuneCode = string.Empty, ProvinceCode = string.Empty };
        var invalid = await ApplyAsync(producer, input, scope, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        db.Producers.Add(producer);
        return await SaveAsync(producer, ct);
    }

    public async Task<ServiceResult<int>> UpdateAsync(int id, ProducerInput input, UserScope scope, CancellationToken ct = default)
    {
        var producer = await db.Producers.VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (producer is null || !scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        if (input.Version is null)
        {
            return ServiceResult<int>.Invalid(nameof(input.Version), "Validation.VersionRequired");
        }

        if (scope.IsProducer)
        {
            // A producer may correct their contact details but not move themselves to another
            // unit or change their legal identity: those stay with the officers.
            input.Type = producer.Type;
            input.TaxCode = producer.TaxCode;
            input.CommuneCode = producer.CommuneCode;
            input.Status = producer.Status;
        }

        db.Entry(producer).Property(p => p.Version).OriginalValue = input.Version.Value;
        var invalid = await ApplyAsync(producer, input, scope, ct);
        return invalid ?? await SaveAsync(producer, ct);
    }

    public async Task<ServiceResult<int>> DeleteAsync(int id, int version, UserScope scope, CancellationToken ct = default)
    {
        var producer = await db.Producers.VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (producer is null || !scope.IsOfficer)
        {
            return ServiceResult<int>.NotFound();
        }

        if (await db.Products.AnyAsync(p => p.ProducerId == id, ct))
        {
            return ServiceResult<int>.Invalid("Id", "Validation.ProducerHasProducts");
        }

        if (await RecordHistory.ProducerHasHistoryAsync(db, id, ct))
        {
            return ServiceResult<int>.Invalid("Id", "Validation.ProducerHasHistory");
        }

        db.Entry(producer).Property(p => p.Version).OriginalValue = version;
        producer.IsDeleted = true;
        return await SaveAsync(producer, ct);
    }

    /// <summary>Validates the input against the rules and the database, then copies it onto the entity.</summary>
    private async Task<ServiceResult<int>?> ApplyAsync(Producer producer, ProducerInput input, UserScope scope, CancellationToken ct)
    {
        var errors = ProducerRules.Check(input);
        var commune = input.CommuneCode is null ? null : await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == input.CommuneCode, ct);
        if (!string.IsNullOrWhiteSpace(input.CommuneCode) && commune is null)
        {
            errors.Add(nameof(input.CommuneCode), "Validation.UnknownCommune");
        }
        else if (commune is not null && !scope.IsProducer && !scope.CoversLocation(commune.ProvinceCode, commune.Code))
        {
            errors.Add(nameof(input.CommuneCode), "Validation.CommuneOutOfScope");
        }

        string? taxCode = null;
        if (!string.IsNullOrWhiteSpace(input.TaxCode) && TaxCode.TryNormalize(input.TaxCode, out var digits))
        {
            taxCode = digits;
            var type = input.Type;
            if (await db.Producers.AnyAsync(p => p.Id != producer.Id && p.Type == type && p.TaxCode == digits, ct))
            {
                errors.Add(nameof(input.TaxCode), "Validation.TaxCodeTaken");
            }
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        producer.Type = input.Type;
        producer.Name = input.Name!.Trim();
        producer.SearchName = VietnameseText.Fold(producer.Name);
        producer.TaxCode = taxCode;
        producer.LegalRepresentative = TextRules.Clean(input.LegalRepresentative);
        producer.AddressLine = TextRules.Clean(input.AddressLine);
        producer.CommuneCode = commune!.Code;
        producer.ProvinceCode = commune.ProvinceCode;
        producer.OldUnitName = TextRules.Clean(input.OldUnitName);
        producer.OldUnitCode = TextRules.Clean(input.OldUnitCode);
        producer.Phone = TextRules.Clean(input.Phone);
        producer.Email = TextRules.Clean(input.Email);
        producer.Website = TextRules.Clean(input.Website);
        producer.Latitude = input.Latitude;
        producer.Longitude = input.Longitude;
        producer.WomanOwned = input.WomanOwned;
        producer.EthnicMinorityOwned = input.EthnicMinorityOwned;
        producer.Status = input.Status;
        return null;
    }

    private async Task<ServiceResult<int>> SaveAsync(Producer producer, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ServiceResult<int>.Ok(producer.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }
        catch (DbUpdateException) when (producer.TaxCode is not null)
        {
            // Two officers registering the same tax code at once: the unique index decides.
            return ServiceResult<int>.Invalid(nameof(ProducerInput.TaxCode), "Validation.TaxCodeTaken");
        }
    }

    private IQueryable<Producer> Filter(IQueryable<Producer> producers, ProducerQuery query)
    {
        var folded = VietnameseText.Fold(query.Q);
        if (folded.Length > 0)
        {
            var pattern = VietnameseText.ContainsPattern(folded);
            producers = producers.Where(p => EF.Functions.Like(p.SearchName, pattern, VietnameseText.LikeEscape)
                                             || (p.TaxCode != null && p.TaxCode.StartsWith(folded)));
        }

        if (query.Type is { } type)
        {
            producers = producers.Where(p => p.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Province))
        {
            producers = producers.Where(p => p.ProvinceCode == query.Province);
        }

        if (!string.IsNullOrWhiteSpace(query.Commune))
        {
            producers = producers.Where(p => p.CommuneCode == query.Commune);
        }

        if (query.Status is { } status)
        {
            producers = producers.Where(p => p.Status == status);
        }

        return producers;
    }

    private IQueryable<ProducerPublicDto> ProjectPublic(IQueryable<Producer> producers) =>
        producers.Select(p => new ProducerPublicDto(
            p.Id, p.Type, p.Name, p.ProvinceCode, db.Provinces.Where(x => x.Code == p.ProvinceCode).Select(x => x.Name).First(),
            p.CommuneCode, db.Communes.Where(x => x.Code == p.CommuneCode).Select(x => x.Name).First(),
            p.Phone, p.Email, p.Website, p.Latitude, p.Longitude));
}
