using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Traceability;

/// <summary>Lots of a product: officers of its area and its producer record them; the public reads those of public products.</summary>
public sealed partial class LotService(OcopDbContext db, TimeProvider clock)
{
    private const int MaxSteps = 50;
    private const int MaxStepText = 300;
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<LotItem>?> ListAsync(int productId, UserScope scope, CancellationToken ct) =>
        await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct)
            ? [.. (await db.ProductLots.AsNoTracking().Where(l => l.ProductId == productId).OrderByDescending(l => l.ProducedOn).ThenBy(l => l.Code).ToListAsync(ct)).Select(ToItem)]
            : null;

    /// <summary>A lot of a public product by its code (exact, as printed), for the public page and the resolver.</summary>
    public async Task<LotItem?> PublicAsync(int productId, string code, CancellationToken ct) =>
        await db.ProductLots.AsNoTracking()
            .Where(l => l.ProductId == productId && l.Code == code && db.Products.ThatArePublic().Any(p => p.Id == productId))
            .SingleOrDefaultAsync(ct) is { } lot ? ToItem(lot) : null;

    public async Task<LotItem?> PublicByIdAsync(int lotId, CancellationToken ct) =>
        await db.ProductLots.AsNoTracking()
            .Where(l => l.Id == lotId && db.Products.ThatArePublic().Any(p => p.Id == l.ProductId))
            .SingleOrDefaultAsync(ct) is { } lot ? ToItem(lot) : null;

    public async Task<ServiceResult<int>> SaveAsync(int productId, int? lotId, LotInput input, UserScope scope, CancellationToken ct)
    {
        if (!scope.CanWrite || !await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var lot = lotId is null ? null : await db.ProductLots.SingleOrDefaultAsync(l => l.Id == lotId && l.ProductId == productId, ct);
        if (lotId is not null && lot is null)
        {
            return ServiceResult<int>.NotFound();
        }

        if (lot is not null && input.Version != lot.Version)
        {
            return ServiceResult<int>.Conflict();
        }

        var code = input.Code?.Trim() ?? "";
        var errors = new ValidationErrors();
        if (!LotCode().IsMatch(code))
        {
            errors.Add("Code", "Validation.Lot.Code");
        }
        else if (await db.ProductLots.AnyAsync(l => l.ProductId == productId && l.Code == code && l.Id != (lotId ?? 0), ct))
        {
            errors.Add("Code", "Validation.Lot.CodeTaken");
        }

        var today = VietnamTime.Today(clock);
        if (input.ProducedOn is not { } produced || produced > today)
        {
            errors.Add("ProducedOn", "Validation.Lot.ProducedOn");
        }
        else if (input.ExpiresOn is { } expires && expires < produced)
        {
            errors.Add("ExpiresOn", "Validation.Lot.ExpiresOn");
        }

        if (input.Quantity is < 0)
        {
            errors.Add("Quantity", "Validation.Lot.Quantity");
        }

        if (input.Unit?.Trim().Length > 20 || input.RawMaterialArea?.Trim().Length > 500)
        {
            errors.Add("RawMaterialArea", "Validation.Lot.TooLong");
        }

        var steps = input.Steps ?? [];
        if (steps.Count > MaxSteps || steps.Any(s => string.IsNullOrWhiteSpace(s.Text) || s.Text.Trim().Length > MaxStepText || s.On > today))
        {
            errors.Add("Steps", "Validation.Lot.Steps");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        lot ??= db.ProductLots.Add(new ProductLot { ProductId = productId, Code = code }).Entity;
        lot.Code = code;
        lot.ProducedOn = input.ProducedOn!.Value;
        lot.ExpiresOn = input.ExpiresOn;
        lot.Quantity = input.Quantity;
        lot.Unit = Blank(input.Unit);
        lot.RawMaterialArea = Blank(input.RawMaterialArea);
        lot.StepsJson = steps.Count == 0 ? null : JsonSerializer.Serialize(steps.OrderBy(s => s.On).Select(s => s with { Text = s.Text.Trim() }), JsonOptions);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult<int>.Conflict();
        }

        return ServiceResult<int>.Ok(lot.Id);
    }

    private static LotItem ToItem(ProductLot l) => new(
        l.Id, l.ProductId, l.Code, l.ProducedOn, l.ExpiresOn, l.Quantity, l.Unit, l.RawMaterialArea,
        l.StepsJson is null ? [] : JsonSerializer.Deserialize<List<LotStep>>(l.StepsJson, JsonOptions)!, l.Version);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>GS1 AI 10: up to 20 characters; this platform takes letters, digits and - . / _ (safe in a URL path and on a label).</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]{0,19}$")]
    private static partial Regex LotCode();
}
