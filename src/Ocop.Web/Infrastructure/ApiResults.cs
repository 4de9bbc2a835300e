using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Ocop.Web.Infrastructure;

/// <summary>Turns a service outcome into the API's answer, with messages in the caller's language.</summary>
public static class ApiResults
{
    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors, IStringLocalizer localizer) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => ToJsonName(e.Key), e => e.Value.Select(key => localizer[key].Value).ToArray()),
            title: localizer["Problem.Invalid"]);

    public static ProblemHttpResult Conflict(IStringLocalizer localizer) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: localizer["Problem.Conflict"], detail: localizer["Problem.ConflictDetail"]);

    /// <summary>
    /// The answer to a create (201 with the record and its address) or an update (200 with the record):
    /// <paramref name="load"/> reads the saved record back as the caller sees it.
    /// </summary>
    public static async Task<Results<Created<T>, Ok<T>, NotFound, ValidationProblem, ProblemHttpResult>> SavedAsync<T>(
        ServiceResult<int> result, bool created, Func<int, Task<T>> load, Func<int, string> location, IStringLocalizer localizer) =>
        result.Status switch
        {
            ServiceStatus.Ok when created => TypedResults.Created(location(result.Value), await load(result.Value)),
            ServiceStatus.Ok => TypedResults.Ok(await load(result.Value)),
            ServiceStatus.Invalid => Invalid(result.Errors, localizer),
            ServiceStatus.Conflict => Conflict(localizer),
            _ => TypedResults.NotFound(),
        };

    private static string ToJsonName(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
