namespace Ocop.Web.Infrastructure;

/// <summary>The address a request came from, as sign-in throttling counts it.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
