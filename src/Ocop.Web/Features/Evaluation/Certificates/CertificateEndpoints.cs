using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Certificates;

/// <summary>
/// Decisions (officers of the batch's province), certificates (officers in scope, producers their
/// own), revocation (officers), and the public verification by number (anyone).
/// </summary>
public static class CertificateEndpoints
{
    public static IEndpointRouteBuilder MapCertificateEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/batches/{id:int}/decision", RecordDecisionAsync).WithTags("Batches").RequireAuthorization(Policies.Officer)
            .WithName("RecordDecision").WithSummary("Records the People's Committee decision on a closed batch; each listed product gets its certificate");
        app.MapPost("/api/v1/dossiers/{id:int}/provincial-recognition", RecogniseFromNationalResultAsync).WithTags("Dossiers").RequireAuthorization(Policies.Officer)
            .WithName("RecogniseFromNationalResult")
            .WithSummary("The province records its decision recognising 3★/4★ a product the national council did not rank 5★ (26/2026 Điều 7.4g)");
        app.MapGet("/api/v1/batches/{id:int}/certificates", OfBatchAsync).WithTags("Batches").RequireAuthorization(Policies.Officer)
            .WithName("ListBatchCertificates").WithSummary("The certificates a batch's decision issued");

        var group = app.MapGroup("/api/v1/certificates").WithTags("Certificates");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.RegistryEditor).WithName("ListCertificates")
            .WithSummary("Certificates in the caller's scope; status is one of Valid, Expiring, Expired, Revoked");
        group.MapGet("/{id:int}", GetAsync).RequireAuthorization(Policies.RegistryEditor).WithName("GetCertificate").WithSummary("A certificate in the caller's scope");
        group.MapGet("/{id:int}/pdf", PdfAsync).RequireAuthorization(Policies.RegistryEditor).WithName("GetCertificatePdf")
            .WithSummary("The certificate as an A4 PDF with its verification QR code");
        group.MapPost("/{id:int}/revoke", RevokeAsync).RequireAuthorization(Policies.Officer).WithName("RevokeCertificate")
            .WithSummary("Revokes a certificate with a reason and a date");
        app.MapGet("/api/v1/verify/{number}", VerifyAsync).WithTags("Certificates").AllowAnonymous().WithName("VerifyCertificate")
            .WithSummary("Public: a certificate's status and product by its number (as printed and in the QR code)");
        return app;
    }

    private static async Task<Results<Created<IReadOnlyList<CertificateItem>>, NotFound, ValidationProblem, ProblemHttpResult>> RecordDecisionAsync(
        int id, DecisionInput input, CertificateService service, [AsParameters] ApiCaller caller) =>
        await (await service.RecordDecisionAsync(id, input, caller.Scope, caller.Cancellation)).ToCreatedAsync(
            caller, _ => $"/api/v1/batches/{id}/certificates", async _ => (IReadOnlyList<CertificateItem>?)await service.OfBatchAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Created<CertificateItem>, NotFound, ValidationProblem, ProblemHttpResult>> RecogniseFromNationalResultAsync(
        int id, DecisionInput input, ProvincialRecognitionService recognition, CertificateService service, [AsParameters] ApiCaller caller) =>
        await (await recognition.RecogniseAsync(id, input, caller.Scope, caller.Cancellation)).ToCreatedAsync(
            caller, certificateId => $"/api/v1/certificates/{certificateId}", certificateId => service.GetAsync(certificateId, caller.Scope, caller.Cancellation));

    private static async Task<Ok<IReadOnlyList<CertificateItem>>> OfBatchAsync(int id, CertificateService service, [AsParameters] ApiCaller caller) =>
        TypedResults.Ok(await service.OfBatchAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Ok<PagedResult<CertificateItem>>> ListAsync(
        CertificateService service, CertificateStatus? status, int? product, int? page, int? pageSize, [AsParameters] ApiCaller caller) =>
        TypedResults.Ok(await service.ListAsync(new CertificateQuery(status, product, page, pageSize), caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<CertificateItem>, NotFound>> GetAsync(int id, CertificateService service, [AsParameters] ApiCaller caller) =>
        await service.GetAsync(id, caller.Scope, caller.Cancellation) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> PdfAsync(int id, CertificateService service, PublicUrls urls, [AsParameters] ApiCaller caller) =>
        await service.GetAsync(id, caller.Scope, caller.Cancellation) is { } item
            ? TypedResults.File(CertificatePdf.Render(item, urls.VerifyCertificate(item.Number)), "application/pdf", $"chung-nhan-ocop-{item.Number}.pdf")
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CertificateItem>, NotFound, ValidationProblem, ProblemHttpResult>> RevokeAsync(
        int id, RevokeInput input, CertificateService service, [AsParameters] ApiCaller caller) =>
        await (await service.RevokeAsync(id, input, caller.Scope, caller.Cancellation)).ToOkAsync(caller, _ => service.GetAsync(id, caller.Scope, caller.Cancellation));

    private static async Task<Results<Ok<CertificateVerification>, NotFound>> VerifyAsync(string number, CertificateService service, CancellationToken ct) =>
        await service.VerifyAsync(number, ct) is { } found ? TypedResults.Ok(found) : TypedResults.NotFound();
}
