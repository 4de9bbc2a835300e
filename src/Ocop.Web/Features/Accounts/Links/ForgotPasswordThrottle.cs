using Ocop.Web.Data;
using Ocop.Web.Infrastructure.Allowances;

namespace Ocop.Web.Features.Accounts.Links;

/// <summary>"Forgot password" requests per client address per hour ("Ocop:SignIn:ResetsPerClientPerHour", default 10); beyond it nothing is sent, and the page says the same.</summary>
public sealed class ForgotPasswordThrottle(IConfiguration configuration, OcopDbContext db, TimeProvider clock)
    : PerClientAllowance(db, clock, "reset", configuration.GetValue("Ocop:SignIn:ResetsPerClientPerHour", 10), TimeSpan.FromHours(1));
