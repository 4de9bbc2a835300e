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

    private static string ToJsonName(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
