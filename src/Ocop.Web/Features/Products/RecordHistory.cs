using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;

namespace Ocop.Web.Features.Products;

/// <summary>
/// Whether a product or producer already appears in records that must stay whole: evaluation (dossiers, certificates),
/// traceability (lots), trade (consignment, buyer inquiries, fair applications) and support. Such a record cannot be
/// deleted — a deleted product would drop out of a settlement or a certificate's page — only withdrawn (its status);
/// a record with none of these can be deleted, and its listings, sales-point lines and value-chain lines hide with it.
/// </summary>
public static class RecordHistory
{
    public static async Task<bool> ProductHasHistoryAsync(OcopDbContext db, int productId, CancellationToken ct) =>
        await db.Dossiers.AnyAsync(x => x.ProductId == productId, ct)
        || await db.Certificates.AnyAsync(x => x.ProductId == productId, ct)
        || await db.ProductLots.IgnoreQueryFilters().AnyAsync(x => x.ProductId == productId, ct)
        || await db.AgreementProducts.AnyAsync(x => x.ProductId == productId, ct)
        || await db.ConsignmentMovements.AnyAsync(x => x.ProductId == productId, ct)
        || await db.BuyerInquiries.AnyAsync(x => x.ProductId == productId, ct)
        || await db.ApplicationProducts.AnyAsync(x => x.ProductId == productId, ct)
        || await db.SupportRecords.AnyAsync(x => x.ProductId == productId, ct);

    public static async Task<bool> ProducerHasHistoryAsync(OcopDbContext db, int producerId, CancellationToken ct) =>
        await db.ConsignmentAgreements.AnyAsync(x => x.ProducerId == producerId, ct)
        || await db.BoothApplications.AnyAsync(x => x.ProducerId == producerId, ct)
        || await db.SupportRecords.AnyAsync(x => x.ProducerId == producerId, ct);
}
