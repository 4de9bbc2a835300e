using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>
/// Consignment: agreements between a producer and an outlet, the deliveries, reported sales and returns,
/// the stock each outlet holds (never negative) and the monthly settlement. A producer keeps their own
/// agreements; officers those of the producers of their area. Outlets report through them.
/// </summary>
public sealed class ConsignmentService(OcopDbContext db, TimeProvider clock)
{
    public const int MaxQuantity = 1_000_000;
    private const decimal MaxPrice = 1_000_000_000m;

    public async Task<List<AgreementItem>> ListAsync(UserScope scope, CancellationToken ct) =>
        [.. (await WithLines(Visible(scope)).OrderByDescending(a => a.StartsOn).ThenBy(a => a.OutletName).ToListAsync(ct)).Select(ToItem)];

    public async Task<AgreementItem?> GetAsync(int id, UserScope scope, CancellationToken ct) =>
        await WithLines(Visible(scope)).SingleOrDefaultAsync(x => x.Id == id, ct) is { } a ? ToItem(a) : null;

    private static IQueryable<ConsignmentAgreement> WithLines(IQueryable<ConsignmentAgreement> agreements) =>
        agreements.AsNoTracking().Include(x => x.Producer).Include(x => x.Products).ThenInclude(p => p.Product);

    private static AgreementItem ToItem(ConsignmentAgreement a) => new(
        a.Id, a.ProducerId, a.Producer!.Name, a.OutletKind, a.OutletName, a.SalesPointId, a.Reference, a.StartsOn, a.EndsOn, a.CommissionPercent, a.Note,
        [.. a.Products.OrderBy(p => p.Product!.Name, StringComparer.CurrentCulture).Select(p => new AgreementLine(p.ProductId, p.Product!.Name, p.UnitPrice, p.OnHand))],
        a.Version);

    public async Task<ServiceResult<int>> CreateAsync(AgreementInput input, UserScope scope, CancellationToken ct)
    {
        var producerId = scope.IsProducer ? scope.ProducerId : input.ProducerId;
        if (producerId is null || !await db.Producers.VisibleTo(scope).AnyAsync(p => p.Id == producerId, ct) || !scope.CanWrite)
        {
            return ServiceResult<int>.Invalid(nameof(input.ProducerId), "Validation.Consignment.Producer");
        }

        var errors = await CheckAsync(input, producerId.Value, null, ct);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var agreement = new ConsignmentAgreement { ProducerId = producerId.Value, OutletName = input.OutletName!.Trim() };
        Apply(agreement, input);
        agreement.Products.AddRange(input.Products.Select(l => new AgreementProduct { ProductId = l.ProductId, UnitPrice = l.UnitPrice!.Value }));
        db.ConsignmentAgreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(agreement.Id);
    }

    /// <summary>
    /// Changes the terms and prices (new sales take the new price; recorded ones keep theirs). Products may be
    /// added; one the outlet still holds stock of cannot be removed.
    /// </summary>
    public async Task<ServiceResult<int>> UpdateAsync(int id, AgreementInput input, UserScope scope, CancellationToken ct)
    {
        var agreement = await Visible(scope).Include(a => a.Products).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null || !scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        if (input.Version != agreement.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        var errors = await CheckAsync(input, agreement.ProducerId, agreement, ct);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        Apply(agreement, input);
        agreement.Products.RemoveAll(p => input.Products.All(l => l.ProductId != p.ProductId));
        foreach (var line in input.Products)
        {
            if (agreement.Products.FirstOrDefault(p => p.ProductId == line.ProductId) is { } existing)
            {
                existing.UnitPrice = line.UnitPrice!.Value;
            }
            else
            {
                agreement.Products.Add(new AgreementProduct { ProductId = line.ProductId, UnitPrice = line.UnitPrice!.Value });
            }
        }

        agreement.UpdatedAt = clock.GetUtcNow().UtcDateTime; // a price change alone still counts as a change of the agreement
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(id);
    }

    public async Task<List<MovementItem>?> MovementsAsync(int id, UserScope scope, CancellationToken ct) =>
        await Visible(scope).AnyAsync(a => a.Id == id, ct)
            ? await db.ConsignmentMovements.AsNoTracking().Where(m => m.AgreementId == id).OrderByDescending(m => m.On).ThenByDescending(m => m.Id)
                .Select(m => new MovementItem(m.Id, m.Kind, m.ProductId, m.Product!.Name, m.On, m.Quantity, m.LotId, m.UnitPrice, m.Note, m.RecordedBy))
                .ToListAsync(ct)
            : null;

    /// <summary>
    /// Records a delivery, a sale or a return. The stock changes in the same transaction by a conditional
    /// update (<c>OnHand = OnHand − n WHERE OnHand ≥ n</c>), so a sale or return above the stock is refused
    /// even when two reports arrive at the same moment, and nothing is half-written.
    /// </summary>
    public async Task<ServiceResult<int>> RecordAsync(int id, MovementInput input, UserScope scope, CancellationToken ct)
    {
        var agreement = await Visible(scope).AsNoTracking().Include(a => a.Products).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null || !scope.CanWrite)
        {
            return ServiceResult<int>.NotFound();
        }

        var errors = new ValidationErrors();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.Kind), "Validation.Movement.Kind");
            kind = MovementKind.Delivery;
        }

        var line = agreement.Products.FirstOrDefault(p => p.ProductId == input.ProductId);
        if (line is null)
        {
            errors.Add(nameof(input.ProductId), "Validation.Movement.NotInAgreement");
        }

        var today = VietnamTime.Today(clock);
        if (input.On is not { } on || on < agreement.StartsOn || on > agreement.EndsOn || on > today)
        {
            errors.Add(nameof(input.On), "Validation.Movement.Date");
        }

        if (input.Quantity is not (> 0 and <= MaxQuantity))
        {
            errors.Add(nameof(input.Quantity), "Validation.Movement.Quantity");
        }

        if (input.LotId is { } lotId && (kind != MovementKind.Delivery || !await db.ProductLots.AnyAsync(l => l.Id == lotId && l.ProductId == input.ProductId, ct)))
        {
            errors.Add(nameof(input.LotId), "Validation.Movement.Lot");
        }

        if (input.Note?.Trim().Length > 500)
        {
            errors.Add(nameof(input.Note), "Validation.MaxLength");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var quantity = input.Quantity!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var stock = db.AgreementProducts.Where(p => p.AgreementId == id && p.ProductId == line!.ProductId);
        var changed = kind == MovementKind.Delivery
            ? await stock.ExecuteUpdateAsync(u => u.SetProperty(p => p.OnHand, p => p.OnHand + quantity), ct)
            : await stock.Where(p => p.OnHand >= quantity).ExecuteUpdateAsync(u => u.SetProperty(p => p.OnHand, p => p.OnHand - quantity), ct);
        if (changed == 0)
        {
            await transaction.RollbackAsync(ct);
            return ServiceResult<int>.Invalid(nameof(input.Quantity), kind == MovementKind.Sale ? "Validation.Movement.SaleAboveStock" : "Validation.Movement.ReturnAboveStock");
        }

        var movement = new ConsignmentMovement
        {
            AgreementId = id, ProductId = line!.ProductId, Kind = kind, On = input.On!.Value, Quantity = quantity,
            LotId = kind == MovementKind.Delivery ? input.LotId : null,
            UnitPrice = kind == MovementKind.Sale ? line.UnitPrice : null, // the price in force when the sale is reported
            Note = TextRules.Clean(input.Note), RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = scope.UserName,
        };
        db.ConsignmentMovements.Add(movement);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ServiceResult<int>.Ok(movement.Id);
    }

    /// <summary>The settlement of one calendar month of the agreement (stock from all earlier movements).</summary>
    public async Task<SettlementStatement?> SettlementAsync(int id, int year, int month, UserScope scope, CancellationToken ct)
    {
        var agreement = await GetAsync(id, scope, ct);
        if (agreement is null)
        {
            return null;
        }

        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var movements = await db.ConsignmentMovements.AsNoTracking().Where(m => m.AgreementId == id && m.On <= to).ToListAsync(ct);
        return Settlement.Compute(agreement, year, month, movements);
    }

    private IQueryable<ConsignmentAgreement> Visible(UserScope scope)
    {
        var producers = db.Producers.VisibleTo(scope).Select(p => p.Id);
        return db.ConsignmentAgreements.Where(a => producers.Contains(a.ProducerId));
    }

    private async Task<ValidationErrors> CheckAsync(AgreementInput input, int producerId, ConsignmentAgreement? existing, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (input.OutletKind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(input.OutletKind), "Validation.Consignment.OutletKind");
        }

        TextRules.RequireName(errors, nameof(input.OutletName), input.OutletName, 200);
        TextRules.MaxLength(errors, nameof(input.Reference), input.Reference, 100);
        TextRules.MaxLength(errors, nameof(input.Note), input.Note, 1000);
        if (input.SalesPointId is { } pointId && !await db.SalesPoints.AnyAsync(p => p.Id == pointId, ct))
        {
            errors.Add(nameof(input.SalesPointId), "Validation.Consignment.SalesPoint");
        }

        if (input.StartsOn is null || input.EndsOn is null)
        {
            errors.Add(nameof(input.StartsOn), "Validation.Consignment.Term");
        }
        else if (input.EndsOn < input.StartsOn)
        {
            errors.Add(nameof(input.EndsOn), "Validation.Consignment.EndsBeforeStart");
        }
        else if (existing is not null && await db.ConsignmentMovements.AnyAsync(m => m.AgreementId == existing.Id && (m.On < input.StartsOn || m.On > input.EndsOn), ct))
        {
            errors.Add(nameof(input.EndsOn), "Validation.Consignment.TermExcludesMovements");
        }

        if (input.CommissionPercent is not { } commission || commission < 0 || commission > 100 || decimal.Round(commission, 2) != commission)
        {
            errors.Add(nameof(input.CommissionPercent), "Validation.Consignment.Commission");
        }

        var lines = input.Products ?? [];
        if (lines.Count == 0)
        {
            errors.Add(nameof(input.Products), "Validation.Consignment.NoProducts");
        }
        else if (lines.Select(l => l.ProductId).Distinct().Count() != lines.Count)
        {
            errors.Add(nameof(input.Products), "Validation.Consignment.DuplicateProduct");
        }
        else if (lines.Any(l => l.UnitPrice is not { } price || price < 0 || price > MaxPrice || decimal.Round(price) != price))
        {
            errors.Add(nameof(input.Products), "Validation.Consignment.Price");
        }
        else
        {
            var ids = lines.Select(l => l.ProductId).ToList();
            var own = await db.Products.CountAsync(p => ids.Contains(p.Id) && p.ProducerId == producerId, ct);
            if (own != ids.Count)
            {
                errors.Add(nameof(input.Products), "Validation.Consignment.NotProducersProduct");
            }
        }

        if (existing is not null && existing.Products.Any(p => p.OnHand > 0 && lines.All(l => l.ProductId != p.ProductId)))
        {
            errors.Add(nameof(input.Products), "Validation.Consignment.RemoveWithStock");
        }

        return errors;
    }

    private static void Apply(ConsignmentAgreement agreement, AgreementInput input)
    {
        agreement.OutletKind = input.OutletKind!.Value;
        agreement.OutletName = input.OutletName!.Trim();
        agreement.SalesPointId = input.SalesPointId;
        agreement.Reference = TextRules.Clean(input.Reference);
        agreement.StartsOn = input.StartsOn!.Value;
        agreement.EndsOn = input.EndsOn!.Value;
        agreement.CommissionPercent = input.CommissionPercent!.Value;
        agreement.Note = TextRules.Clean(input.Note);
    }
}
