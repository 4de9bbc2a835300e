using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Features.Products;

namespace Ocop.Web.Features.MarketAccess;

public enum InquiryMarket
{
    Domestic,
    Export,
}

/// <summary>Unconfirmed until the buyer follows the link mailed to them; only then does the producer see it.</summary>
public enum InquiryStatus
{
    Unconfirmed,
    Open,
    Answered,
}

/// <summary>
/// A buyer's request for a quote (kết nối giao thương) sent from a product page, anonymously with contact
/// details. The buyer's contact is the producer's to see; officers see only how many inquiries each product
/// draws. The confirmation token is stored as its SHA-256 hash.
/// </summary>
public sealed class BuyerInquiry
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product? Product { get; set; }
    public required string BuyerName { get; set; }
    public string? Company { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public decimal Quantity { get; set; }
    public string? Unit { get; set; }
    public required string Destination { get; set; }
    public InquiryMarket Market { get; set; }
    public string? Message { get; set; }
    /// <summary>The page language the buyer wrote in: their mails are in it.</summary>
    public required string Language { get; set; }
    public InquiryStatus Status { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public string? Answer { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public string? AnsweredBy { get; set; }
}

internal sealed class BuyerInquiryConfiguration : IEntityTypeConfiguration<BuyerInquiry>
{
    public void Configure(EntityTypeBuilder<BuyerInquiry> b)
    {
        b.Property(x => x.BuyerName).HasMaxLength(200);
        b.Property(x => x.Company).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Quantity).HasPrecision(14, 3);
        b.Property(x => x.Unit).HasMaxLength(20);
        b.Property(x => x.Destination).HasMaxLength(200);
        b.Property(x => x.Market).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Message).HasMaxLength(2000);
        b.Property(x => x.Language).HasMaxLength(5);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.Answer).HasMaxLength(4000);
        b.Property(x => x.AnsweredBy).HasMaxLength(256);
        // History: optional, so a hidden (soft-deleted) principal never removes this row from a join; see RecordHistory.
        b.HasOne(x => x.Product).WithMany().HasForeignKey(x => x.ProductId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ProductId, x.Status });
        b.HasIndex(x => x.TokenHash).IsUnique();
    }
}
