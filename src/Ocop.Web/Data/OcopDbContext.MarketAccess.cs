using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.MarketAccess;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<SalesPoint> SalesPoints => Set<SalesPoint>();
    public DbSet<SalesPointProduct> SalesPointProducts => Set<SalesPointProduct>();
    public DbSet<ProductListing> ProductListings => Set<ProductListing>();
    public DbSet<BuyerInquiry> BuyerInquiries => Set<BuyerInquiry>();
    public DbSet<ConsignmentAgreement> ConsignmentAgreements => Set<ConsignmentAgreement>();
    public DbSet<AgreementProduct> AgreementProducts => Set<AgreementProduct>();
    public DbSet<ConsignmentMovement> ConsignmentMovements => Set<ConsignmentMovement>();
}
