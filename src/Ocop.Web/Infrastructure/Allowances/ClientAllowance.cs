using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Infrastructure.Allowances;

/// <summary>
/// How much of one allowance (inquiries, requests to join, reset mails, handbooks) a client address has taken in one
/// window. Kept in the database so that every node counts the same client against the same allowance.
/// </summary>
public sealed class ClientAllowance
{
    public required string Scope { get; set; }
    public required string Client { get; set; }
    /// <summary>The window's number: Unix seconds divided by the window's length.</summary>
    public long Window { get; set; }
    public int Taken { get; set; }
}

internal sealed class ClientAllowanceConfiguration : IEntityTypeConfiguration<ClientAllowance>
{
    public void Configure(EntityTypeBuilder<ClientAllowance> b)
    {
        b.HasKey(x => new { x.Scope, x.Client, x.Window });
        b.Property(x => x.Scope).HasMaxLength(20);
        b.Property(x => x.Client).HasMaxLength(64);
        b.HasIndex(x => new { x.Scope, x.Window });
    }
}
