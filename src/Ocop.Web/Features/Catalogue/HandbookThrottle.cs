using Ocop.Web.Data;
using Ocop.Web.Infrastructure.Allowances;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// A handbook is a few hundred kilobytes of PDF work: a handful per minute per client (`Ocop:Handbook:PerClientPerMinute`,
/// 6) is plenty for people, counted across all nodes.
/// </summary>
public sealed class HandbookThrottle(IConfiguration configuration, OcopDbContext db, TimeProvider clock)
    : PerClientAllowance(db, clock, "handbook", configuration.GetValue("Ocop:Handbook:PerClientPerMinute", 6), TimeSpan.FromMinutes(1));
