using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Onboarding;

/// <summary>Requests to join per client address per hour ("Ocop:JoinRequests:PerClientPerHour", default 3), like buyer inquiries.</summary>
public sealed class JoinThrottle(IConfiguration configuration)
    : PerClientHourlyLimit(configuration.GetValue("Ocop:JoinRequests:PerClientPerHour", 3));
