using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Integration;

/// <summary>Requests per minute allowed per client ("Ocop:RateLimits"); 0 switches a limit off.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Each integration token, and each signed-in user (cookie or personal token), across the whole API.</summary>
    public int ApiPerMinute { get; set; } = 600;
    /// <summary>Each anonymous client address across the API (the catalogue, verification, inquiries…).</summary>
    public int AnonymousPerMinute { get; set; } = 300;
    /// <summary>Each client on the product feed, on top of the API limit: a feed page reads up to a thousand products.</summary>
    public int FeedPerMinute { get; set; } = 60;
}

/// <summary>
/// Rate limits of the API (ASP.NET Core's limiter): fixed one-minute windows per client, where the client is the
/// integration token, else the signed-in user, else the address. A refusal is 429 with Retry-After and a ProblemDetails body.
/// </summary>
public static class ApiRateLimits
{
    public const string FeedPolicy = "feed";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitSettings>(configuration.GetSection("Ocop:RateLimits"));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(FeedPolicy, context => Partition(context, Limits(context).FeedPerMinute, anonymousLimit: null));
        });
        services.AddOptions<RateLimiterOptions>().Configure(options =>
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!context.Request.Path.StartsWithSegments("/api"))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var limits = Limits(context);
                return Partition(context, limits.ApiPerMinute, limits.AnonymousPerMinute);
            }));
        return services;
    }

    /// <summary>Who is counted: the token, the user, or the address.</summary>
    public static string ClientOf(HttpContext context)
    {
        var user = context.User;
        if (IntegrationPrincipal.TokenId(user) is { } token)
        {
            return "token:" + token;
        }

        return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            ? "user:" + id
            : "ip:" + ClientAddress.Of(context);
    }

    private static RateLimitSettings Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;

    private static RateLimitPartition<string> Partition(HttpContext context, int signedInLimit, int? anonymousLimit)
    {
        var client = ClientOf(context);
        var limit = client.StartsWith("ip:", StringComparison.Ordinal) && anonymousLimit is { } anonymous ? anonymous : signedInLimit;
        return limit <= 0
            ? RateLimitPartition.GetNoLimiter(client)
            : RateLimitPartition.GetFixedWindowLimiter($"{client}/{limit}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return; // pages get the site's status page
        }

        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests, Title = l["Problem.TooManyRequests"], Detail = l["Problem.TooManyRequestsDetail", seconds],
            },
        });
    }
}
