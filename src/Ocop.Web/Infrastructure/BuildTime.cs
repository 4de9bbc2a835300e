using System.Reflection;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// The build's OpenAPI step (Microsoft.Extensions.ApiDescription.Server) starts the app through
/// GetDocument.Insider only to read its endpoints. That run must have no side effect: no
/// database, no migration or demo data, no background job, nothing printed.
/// </summary>
public static class BuildTime
{
    public static bool IsGeneratingOpenApi { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
