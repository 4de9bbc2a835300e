using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Batches;

public enum ResultsFormat { Xlsx, Pdf }

/// <summary>A batch's results list as a file, for the officers' and the council's endpoints alike.</summary>
internal static class BatchResultsFiles
{
    /// <summary>404 when the batch is out of the caller's reach, 409 while the round is open.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> AnswerAsync(
        BatchDetails? batch, BatchResultsReports reports, ResultsFormat format, IStringLocalizer localizer, CancellationToken ct)
    {
        if (batch is null)
        {
            return TypedResults.NotFound();
        }

        if (batch.Status != BatchStatus.Closed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: localizer["Problem.ResultsNotReady"], detail: localizer["Problem.ResultsNotReadyDetail"]);
        }

        var report = await reports.BuildAsync(batch, ct);
        var name = $"ket-qua-danh-gia-dot-{batch.Id}";
        return format == ResultsFormat.Xlsx
            ? TypedResults.File(BatchResultsExcel.Write(report), Xlsx.ContentType, $"{name}.xlsx")
            : TypedResults.File(BatchResultsPdf.Render(report), "application/pdf", $"{name}.pdf");
    }
}
