using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ocop.Web.Features.Accounts.SignIn;

/// <summary>
/// One failed sign-in: from which address, for which typed e-mail (whether or not it has an account). Kept in the
/// database so that every node counts the same failures.
/// </summary>
public sealed class SignInFailure
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Address { get; set; }
    /// <summary>The e-mail as typed, upper-cased (Identity's normalisation).</summary>
    public required string Account { get; set; }
}

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> b)
    {
        b.Property(x => x.Address).HasMaxLength(45);
        b.Property(x => x.Account).HasMaxLength(256);
        b.HasIndex(x => new { x.Address, x.At });
        b.HasIndex(x => new { x.Account, x.At });
    }
}
