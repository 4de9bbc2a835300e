using System.Security.Claims;

namespace Ocop.Web.Infrastructure;

/// <summary>Who is acting, for audit stamps. Outside a request (CLI, seeding) it is "system".</summary>
public interface ICurrentUser
{
    string? Id { get; }
    string Name { get; }
}

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? Id => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => accessor.HttpContext?.User.Identity?.Name is { Length: > 0 } name ? name : "system";
}
