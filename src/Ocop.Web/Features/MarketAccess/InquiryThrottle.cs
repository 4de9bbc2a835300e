using Ocop.Web.Data;
using Ocop.Web.Infrastructure.Allowances;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>
/// How many inquiries one client (IP address) may send per hour (`Ocop:Inquiries:PerClientPerHour`, 5).
/// One counter for the product page's form and the API, so neither is a way around the other. Only
/// submissions that pass validation count: a buyer correcting a typo is not a flood.
/// </summary>
public sealed class InquiryThrottle(IConfiguration configuration, OcopDbContext db, TimeProvider clock)
    : PerClientAllowance(db, clock, "inquiry", configuration.GetValue("Ocop:Inquiries:PerClientPerHour", 5), TimeSpan.FromHours(1));
