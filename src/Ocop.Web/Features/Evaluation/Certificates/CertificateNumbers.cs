using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ocop.Web.Data;

namespace Ocop.Web.Features.Evaluation.Certificates;

/// <summary>The last number given under one prefix ("68-2026-"): a row every node updates, so numbers never repeat.</summary>
public sealed class NumberSequence
{
    public required string Prefix { get; set; }
    public int Last { get; set; }
}

/// <summary>
/// Claims certificate numbers under a prefix inside the caller's transaction: the update locks the prefix's row
/// until the decision commits (PostgreSQL row lock, SQLite's single writer), so parallel decisions on any node
/// get distinct numbers instead of counting the same rows.
/// </summary>
public static class CertificateNumbers
{
    /// <summary>The first of <paramref name="count"/> consecutive sequence values now reserved for <paramref name="prefix"/>.</summary>
    public static async Task<int> ClaimAsync(OcopDbContext db, string prefix, int count, CancellationToken ct)
    {
        // A prefix seen for the first time starts after the certificates already numbered under it (older databases).
        var issued = await db.Certificates.CountAsync(c => c.Number.StartsWith(prefix), ct);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"NumberSequences\" (\"Prefix\", \"Last\") VALUES ({prefix}, {issued}) ON CONFLICT (\"Prefix\") DO NOTHING", ct);
        var last = await db.Database.SqlQuery<int>(
            $"UPDATE \"NumberSequences\" SET \"Last\" = \"Last\" + {count} WHERE \"Prefix\" = {prefix} RETURNING \"Last\" AS \"Value\"").ToListAsync(ct);
        return last.Single() - count + 1;
    }
}

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> b)
    {
        b.HasKey(x => x.Prefix);
        b.Property(x => x.Prefix).HasMaxLength(40);
    }
}
