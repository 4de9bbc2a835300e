using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ocop.Tests.Features.Architecture;

/// <summary>The OpenAPI document explains itself: every described API endpoint has an operation name and a summary.</summary>
public sealed class ApiDescriptionTests : AppTest
{
    [Fact]
    public void EveryDescribedApiEndpoint_HasAUniqueNameAndASummary()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .ToList();
        endpoints.Count.ShouldBeGreaterThan(150);

        string Describe(RouteEndpoint e) => $"{string.Join(",", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}";
        endpoints.Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is null).Select(Describe).ShouldBeEmpty("endpoints without WithName");
        endpoints.Where(e => string.IsNullOrWhiteSpace(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary)).Select(Describe).ShouldBeEmpty("endpoints without WithSummary");
        endpoints.GroupBy(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("names used twice");
    }
}
