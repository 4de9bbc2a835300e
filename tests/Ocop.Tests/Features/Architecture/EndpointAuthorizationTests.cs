using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ocop.Tests.Features.Architecture;

/// <summary>Every endpoint states who may use it: an authorization policy or an explicit AllowAnonymous.</summary>
public sealed class EndpointAuthorizationTests : AppTest
{
    [Fact]
    public void EveryEndpoint_DeclaresPolicyOrAnonymous()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(20);

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        undeclared.ShouldBeEmpty("endpoints without a policy or AllowAnonymous:\n" + string.Join("\n", undeclared));
    }

    [Fact]
    public void EndpointClasses_AreNamedXxxEndpoints_InAFeatureFolder()
    {
        var types = typeof(Program).Assembly.GetTypes().Where(t => t.Name.EndsWith("Endpoints", StringComparison.Ordinal)).ToList();
        types.ShouldNotBeEmpty();
        types.ShouldAllBe(t => t.Namespace!.StartsWith("Ocop.Web.Features.", StringComparison.Ordinal));
    }
}
