using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Evaluation.Certificates;

/// <summary>
/// Decisions (officers of the batch's province), certificates (officers in scope, producers their
/// own), revocation (officers), and the public verification by number (anyone).
/// </summary>
public static class CertificateEndpoints
{
    public static IEndpointRouteBuilder MapCertificateEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/batches/{id:int}/decision", RecordDecisionAsync).WithTags("Batches").RequireAuthorization(Policies.Officer);
        app.MapGet("/api/v1/batches/{id:int}/certificates", async (int id, CertificateService s, ClaimsPrincipal u, CancellationToken ct) =>
            TypedResults.Ok(await s.OfBatchAsync(id, UserScope.From(u), ct))).WithTags("Batches").RequireAuthorization(Policies.Officer);

        var group = app.MapGroup("/api/v1/certificates").WithTags("Certificates");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapGet("/{id:int}", GetAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapGet("/{id:int}/pdf", PdfAsync).RequireAuthorization(Policies.RegistryEditor);
        group.MapPost("/{id:int}/revoke", RevokeAsync).RequireAuthorization(Policies.Officer);
        app.MapGet("/api/v1/verify/{number}", VerifyAsync).WithTags("Certificates").AllowAnonymous();
        return app;
    }

    /// <summary>Records the People's Committee decision; each listed product gets its certificate.</summary>
    private static async Task<Results<Created<IReadOnlyList<CertificateItem>>, NotFound, ValidationProblem>> RecordDecisionAsync(
        int id, DecisionInput input, CertificateService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var scope = UserScope.From(user);
        var result = await service.RecordDecisionAsync(id, input, scope, ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Created($"/api/v1/batches/{id}/certificates", await service.OfBatchAsync(id, scope, ct)),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            _ => TypedResults.NotFound(),
        };
    }

    /// <summary>Certificates in the caller's scope; status is one of Valid, Expiring, Expired, Revoked.</summary>
    private static async Task<Ok<PagedResult<CertificateItem>>> ListAsync(
        CertificateService service, ClaimsPrincipal user, CertificateStatus? status, int? product, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(new CertificateQuery(status, product, page, pageSize), UserScope.From(user), ct));

    private static async Task<Results<Ok<CertificateItem>, NotFound>> GetAsync(int id, CertificateService service, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetAsync(id, UserScope.From(user), ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> PdfAsync(
        int id, CertificateService service, PublicUrls urls, ClaimsPrincipal user, CancellationToken ct) =>
        await service.GetAsync(id, UserScope.From(user), ct) is { } item
            ? TypedResults.File(CertificatePdf.Render(item, urls.VerifyCertificate(item.Number)), "application/pdf", $"chung-nhan-ocop-{item.Number}.pdf")
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CertificateItem>, NotFound, ValidationProblem, ProblemHttpResult>> RevokeAsync(
        int id, RevokeInput input, CertificateService service, ClaimsPrincipal user, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var scope = UserScope.From(user);
        var result = await service.RevokeAsync(id, input, scope, ct);
        return result.Status switch
        {
            ServiceStatus.Ok => TypedResults.Ok((await service.GetAsync(id, scope, ct))!),
            ServiceStatus.Invalid => ApiResults.Invalid(result.Errors, localizer),
            ServiceStatus.Conflict => ApiResults.Conflict(localizer),
            _ => TypedResults.NotFound(),
        };
    }

    /// <summary>Public: a certificate's status and product by its number (as printed and in the QR code).</summary>
    private static async Task<Results<Ok<CertificateVerification>, NotFound>> VerifyAsync(string number, CertificateService service, CancellationToken ct) =>
        await service.VerifyAsync(number, ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
}
