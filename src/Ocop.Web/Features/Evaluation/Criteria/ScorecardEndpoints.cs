using Microsoft.AspNetCore.Http.HttpResults;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Criteria;

public sealed record ScorecardVerifyInput(int Version);

/// <summary>
/// Scorecards: every officer reads them and downloads them as Excel; only the national
/// administrator confirms one against the official annex or replaces it from Excel.
/// </summary>
public static class ScorecardEndpoints
{
    public const long MaxUploadBytes = 2 * 1024 * 1024;

    public static IEndpointRouteBuilder MapScorecardEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/scorecards").WithTags("Scorecards");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Officer).WithName("ListScorecards")
            .WithSummary("Every product set with its scorecard's state; filter by criteria version (\"148/2023\")");
        group.MapGet("/{productSetId:int}", GetAsync).RequireAuthorization(Policies.Officer).WithName("GetScorecard")
            .WithSummary("A product set's scorecard: parts, criteria, options, star marks and knock-outs");
        group.MapGet("/{productSetId:int}/xlsx", DownloadAsync).RequireAuthorization(Policies.Officer).WithName("DownloadScorecard")
            .WithSummary("The scorecard as Excel, in the layout the upload reads back");
        group.MapPost("/{productSetId:int}/verify", VerifyAsync).RequireAuthorization(Policies.NationalAdmin).WithName("VerifyScorecard")
            .WithSummary("Confirms the scorecard against the official annex (version: the one read)");
        group.MapPut("/{productSetId:int}/xlsx", UploadAsync).RequireAuthorization(Policies.NationalAdmin).DisableAntiforgery().WithName("UploadScorecard")
            .WithSummary("Replaces the scorecard from Excel: multipart form with file (the corrected .xlsx) and version (for conflicts)");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ScorecardSummary>>> ListAsync(ScorecardService service, string? version, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(version, ct));

    private static async Task<Results<Ok<ScorecardDetails>, NotFound>> GetAsync(int productSetId, ScorecardService service, CancellationToken ct) =>
        await service.GetAsync(productSetId, ct) is { } card ? TypedResults.Ok(card) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(int productSetId, ScorecardService service, CancellationToken ct) =>
        await service.GetAsync(productSetId, ct) is { } card
            ? TypedResults.File(ScorecardExcel.Write(card), Xlsx.ContentType, $"phieu-danh-gia-{card.SetCode}.xlsx")
            : TypedResults.NotFound();

    private static async Task<Results<Ok<ScorecardDetails>, NotFound, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        int productSetId, ScorecardVerifyInput input, ScorecardService service, [AsParameters] ApiCaller caller) =>
        await (await service.VerifyAsync(productSetId, input.Version, caller.Cancellation))
            .ToOkAsync(caller, _ => service.GetAsync(productSetId, caller.Cancellation));

    private static async Task<Results<Ok<ScorecardDetails>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAsync(
        int productSetId, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] int? version, ScorecardService service, [AsParameters] ApiCaller caller) =>
        await (await ImportAsync(productSetId, file, version, service, caller.Cancellation))
            .ToOkAsync(caller, _ => service.GetAsync(productSetId, caller.Cancellation));

    /// <summary>Shared by the API and the page: checks the upload, reads it, replaces the scorecard.</summary>
    public static async Task<ServiceResult<int>> ImportAsync(int productSetId, IFormFile? file, int? version, ScorecardService service, CancellationToken ct)
    {
        if (await service.GetAsync(productSetId, ct) is not { } card)
        {
            return ServiceResult<int>.NotFound();
        }

        if (file is null || file.Length == 0)
        {
            return ServiceResult<int>.Invalid("file", "Validation.Scorecard.FileMissing");
        }

        if (file.Length > MaxUploadBytes)
        {
            return ServiceResult<int>.Invalid("file", "Validation.Scorecard.FileTooLarge");
        }

        if (version is null)
        {
            return ServiceResult<int>.Invalid("version", "Validation.Scorecard.VersionMissing");
        }

        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        var (definition, errors) = ScorecardExcel.Read(stream, card.SetCode);
        return definition is null
            ? ServiceResult<int>.Invalid(new Dictionary<string, string[]> { ["file"] = [.. errors] })
            : await service.ReplaceAsync(productSetId, definition, version.Value, ct);
    }
}
