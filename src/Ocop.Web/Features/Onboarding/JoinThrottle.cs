using Ocop.Web.Data;
using Ocop.Web.Infrastructure.Allowances;

namespace Ocop.Web.Features.Onboarding;

/// <summary>Requests to join per client address per hour ("Ocop:JoinRequests:PerClientPerHour", default 3), like buyer inquiries.</summary>
public sealed class JoinThrottle(IConfiguration configuration, OcopDbContext db, TimeProvider clock)
    : PerClientAllowance(db, clock, "join", configuration.GetValue("Ocop:JoinRequests:PerClientPerHour", 3), TimeSpan.FromHours(1));
