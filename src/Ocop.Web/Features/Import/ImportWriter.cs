using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Search;

namespace Ocop.Web.Features.Import;

/// <summary>
/// Writes an import plan in one transaction: producers first (created or updated once, however many rows name
/// them), then products in chunks, reporting progress after each. A failure or a cancellation anywhere rolls
/// everything back. Empty cells never erase what is on record.
/// </summary>
public sealed class ImportWriter(OcopDbContext db, ImportProgress progress, CatalogueChangeFeed catalogue, TimeProvider clock)
{
    private const int Chunk = 1000;

    /// <summary>Writes the plan; false when the batch was already imported (nothing written).</summary>
    public async Task<bool> WriteAsync(ImportBatch batch, ImportPlan plan, string? userName, IProgress<(int Done, int Total)>? report, CancellationToken ct)
    {
        var total = plan.Rows.Count;
        async Task ReportAsync(int done)
        {
            await progress.ReportAsync(batch.Id, done, total, ct);
            report?.Report((done, total));
        }

        await ReportAsync(0);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Claim the batch first, in the transaction: a second commit (another tab, another node) finds it taken once
            // the first commits, and writes nothing; if the first fails, the claim rolls back with it.
            var claimed = await db.ImportBatches.Where(b => b.Id == batch.Id && b.Status == ImportStatus.Uploaded)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, ImportStatus.Imported), ct);
            if (claimed == 0)
            {
                return false;
            }

            var producerIds = await WriteProducersAsync(plan, batch.ProvinceCode, ct);
            var done = 0;
            foreach (var chunk in plan.Rows.Chunk(Chunk))
            {
                await WriteProductsAsync(chunk, producerIds, ct);
                done += chunk.Length;
                await ReportAsync(done);
            }

            var tracked = await db.ImportBatches.SingleAsync(b => b.Id == batch.Id, ct);
            tracked.Status = ImportStatus.Imported;
            tracked.ImportedAt = clock.GetUtcNow().UtcDateTime;
            tracked.ImportedBy = userName;
            tracked.ProducersCreated = plan.ProducersCreated;
            tracked.ProducersUpdated = plan.ProducersUpdated;
            tracked.ProductsCreated = plan.ProductsCreated;
            tracked.ProductsUpdated = plan.ProductsUpdated;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            Infrastructure.Hosting.OcopMetrics.ImportedRows.Add(total);
        }
        finally
        {
            db.ChangeTracker.Clear();
            await progress.FinishAsync(batch.Id);
        }

        await catalogue.ChangedAsync(db, ct);
        return true;
    }

    private async Task<Dictionary<string, int>> WriteProducersAsync(ImportPlan plan, string provinceCode, CancellationToken ct)
    {
        var ids = new Dictionary<string, int>();
        var created = new Dictionary<string, Producer>();
        var toUpdate = plan.Rows.Where(r => r.ProducerAction == ImportAction.Update).GroupBy(r => r.ProducerId!.Value).ToDictionary(g => g.Key, g => g.First().Producer!);
        foreach (var ids1000 in toUpdate.Keys.Chunk(Chunk))
        {
            foreach (var producer in await db.Producers.Where(p => ids1000.Contains(p.Id)).ToListAsync(ct))
            {
                Apply(producer, toUpdate[producer.Id]);
            }
        }

        foreach (var row in plan.Rows)
        {
            var key = row.Producer!.Key;
            if (row.ProducerId is { } id)
            {
                ids[key] = id;
            }
            else if (!created.ContainsKey(key))
            {
                var draft = row.Producer!;
                var producer = new Producer { Name = draft.Name, CommuneCode = draft.CommuneCode, ProvinceCode = provinceCode, Type = draft.Type, Status = ProducerStatus.Active };
                Apply(producer, draft);
                created[key] = db.Producers.Add(producer).Entity;
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var (key, producer) in created)
        {
            ids[key] = producer.Id;
        }

        db.ChangeTracker.Clear();
        return ids;
    }

    private async Task WriteProductsAsync(ImportRow[] rows, Dictionary<string, int> producerIds, CancellationToken ct)
    {
        var updates = rows.Where(r => r.ProductAction == ImportAction.Update).ToDictionary(r => r.ProductId!.Value);
        if (updates.Count > 0)
        {
            var ids = updates.Keys.ToList();
            foreach (var product in await db.Products.Where(p => ids.Contains(p.Id)).ToListAsync(ct))
            {
                Apply(product, updates[product.Id].Product!);
            }
        }

        foreach (var row in rows.Where(r => r.ProductAction == ImportAction.Create))
        {
            var product = new Product { Name = row.Product!.Name, ProducerId = producerIds[row.Producer!.Key], Status = ProductStatus.Active };
            Apply(product, row.Product);
            db.Products.Add(product);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static void Apply(Producer producer, ProducerDraft d)
    {
        producer.Name = d.Name;
        producer.SearchName = VietnameseText.Fold(d.Name);
        if (d.TypeGiven || producer.Id == 0)
        {
            producer.Type = d.Type;
        }

        producer.CommuneCode = d.CommuneCode;
        producer.TaxCode = d.TaxCode ?? producer.TaxCode;
        producer.AddressLine = d.Address ?? producer.AddressLine;
        producer.Phone = d.Phone ?? producer.Phone;
        producer.OldUnitName = d.OldUnitName ?? producer.OldUnitName;
        producer.OldUnitCode = d.OldUnitCode ?? producer.OldUnitCode;
    }

    private static void Apply(Product product, ProductDraft d)
    {
        product.Name = d.Name;
        product.SearchName = VietnameseText.Fold(d.Name);
        product.ProductSetId = d.ProductSetId;
        product.Gtin = d.Gtin ?? product.Gtin;
        product.Stars = d.Stars ?? product.Stars;
        product.CertificateReference = d.CertificateNumber ?? product.CertificateReference;
        product.LegacyValidUntil = d.LegacyValidUntil ?? product.LegacyValidUntil;
        if (d.Stars is not null || d.LegacyValidUntil is not null)
        {
            // A rating from the sheet is a legacy record: it holds until its confirmation ends (or, without one, undated).
            product.StarsUntil = product.LegacyValidUntil;
        }
    }
}
