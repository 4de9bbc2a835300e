using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// Turns a service outcome into the API's answer, with messages in the caller's language. The one
/// mapping: invalid → 400 ValidationProblem (field names in camelCase), conflict → 409
/// ProblemDetails, not found (or outside the caller's scope) → 404; done → what the endpoint answers.
/// </summary>
public static class ApiResults
{
    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors, IStringLocalizer localizer) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => ToJsonName(e.Key), e => e.Value.Select(localizer.Message).ToArray()),
            title: localizer["Problem.Invalid"]);

    public static ValidationProblem Invalid(string field, string messageKey, IStringLocalizer localizer) =>
        Invalid(new Dictionary<string, string[]> { [field] = [messageKey] }, localizer);

    public static ProblemHttpResult Conflict(IStringLocalizer localizer) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: localizer["Problem.Conflict"], detail: localizer["Problem.ConflictDetail"]);

    /// <summary>Done → <paramref name="done"/>'s answer (404 when it has none: the record is gone or out of reach).</summary>
    public static async Task<Results<TDone, NotFound, ValidationProblem, ProblemHttpResult>> ToResultAsync<TValue, TDone>(
        this ServiceResult<TValue> result, ApiCaller caller, Func<TValue, Task<TDone?>> done)
        where TDone : class, IResult =>
        result.Status switch
        {
            ServiceStatus.Ok => await done(result.Value!) is { } answer ? answer : TypedResults.NotFound(),
            ServiceStatus.Invalid => Invalid(result.Errors, caller.Localizer),
            ServiceStatus.Conflict => Conflict(caller.Localizer),
            _ => TypedResults.NotFound(),
        };

    /// <summary>Done → 200 with the record <paramref name="read"/> gives back as the caller sees it.</summary>
    public static Task<Results<Ok<T>, NotFound, ValidationProblem, ProblemHttpResult>> ToOkAsync<TValue, T>(
        this ServiceResult<TValue> result, ApiCaller caller, Func<TValue, Task<T?>> read) =>
        result.ToResultAsync(caller, async value => await read(value) is { } record ? TypedResults.Ok(record) : null);

    /// <summary>Done → 200 with the service's own value.</summary>
    public static Task<Results<Ok<TValue>, NotFound, ValidationProblem, ProblemHttpResult>> ToOkAsync<TValue>(this ServiceResult<TValue> result, ApiCaller caller) =>
        result.ToResultAsync(caller, value => Task.FromResult<Ok<TValue>?>(TypedResults.Ok(value)));

    /// <summary>Done → 201 with the new record's address and the record as the caller sees it.</summary>
    public static Task<Results<Created<T>, NotFound, ValidationProblem, ProblemHttpResult>> ToCreatedAsync<TValue, T>(
        this ServiceResult<TValue> result, ApiCaller caller, Func<TValue, string> location, Func<TValue, Task<T?>> read) =>
        result.ToResultAsync(caller, async value => await read(value) is { } record ? TypedResults.Created(location(value), record) : null);

    /// <summary>Done → 201 with the new resource's address only (an uploaded file).</summary>
    public static Task<Results<Created, NotFound, ValidationProblem, ProblemHttpResult>> ToCreatedAsync<TValue>(
        this ServiceResult<TValue> result, ApiCaller caller, Func<TValue, string> location) =>
        result.ToResultAsync(caller, value => Task.FromResult<Created?>(TypedResults.Created(location(value))));

    /// <summary>Done → 204.</summary>
    public static Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> ToNoContentAsync<TValue>(this ServiceResult<TValue> result, ApiCaller caller) =>
        result.ToResultAsync(caller, _ => Task.FromResult<NoContent?>(TypedResults.NoContent()));

    /// <summary>A create (201 with the address) or an update (200) through one save method.</summary>
    public static Task<Results<Results<Created<T>, Ok<T>>, NotFound, ValidationProblem, ProblemHttpResult>> ToSavedAsync<T>(
        this ServiceResult<int> result, bool created, ApiCaller caller, Func<int, string> location, Func<int, Task<T?>> read) =>
        result.ToResultAsync(caller, async id => await read(id) is { } record
            ? created ? (Results<Created<T>, Ok<T>>)TypedResults.Created(location(id), record) : TypedResults.Ok(record)
            : null);

    /// <summary>A report as JSON, or as the file ?format= asks for (pdf, xlsx) named <paramref name="name"/>; another format is refused.</summary>
    public static IResult JsonOrFile<T>(T report, string? format, string name, Func<T, byte[]> pdf, Func<T, byte[]> xlsx, IStringLocalizer localizer) =>
        format?.ToLowerInvariant() switch
        {
            null or "" or "json" => TypedResults.Ok(report),
            "pdf" => TypedResults.File(pdf(report), "application/pdf", name + ".pdf"),
            "xlsx" => TypedResults.File(xlsx(report), Xlsx.ContentType, name + ".xlsx"),
            _ => Invalid("Format", "Validation.Consignment.Format", localizer),
        };

    private static string ToJsonName(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
