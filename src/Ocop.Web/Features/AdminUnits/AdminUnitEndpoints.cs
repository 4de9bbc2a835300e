using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.AdminUnits;

public static class AdminUnitEndpoints
{
    public static IEndpointRouteBuilder MapAdminUnitEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin-units").WithTags("AdminUnits").AllowAnonymous();
        group.MapGet("/provinces", async (AdminUnitService units, CancellationToken ct) => TypedResults.Ok(await units.ProvincesAsync(ct)))
            .WithName("ListProvinces").WithSummary("The 34 provinces in force since 1 July 2025");
        group.MapGet("/provinces/{code}/communes", CommunesAsync).WithName("ListCommunes").WithSummary("A province's communes in force since 1 July 2025");
        group.MapGet("/successors", SuccessorsAsync).WithName("FindSuccessors")
            .WithSummary("Where old units went on 1 July 2025: give oldCommuneCode (e.g. 22861) or oldProvinceName (accents and \"Tỉnh\" optional, e.g. \"binh thuan\")");
        // The address picker asks for a province's communes as <option>s (htmx).
        app.MapGet("/fragments/communes", CommuneOptionsAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<List<UnitDto>>, NotFound>> CommunesAsync(string code, AdminUnitService units, CancellationToken ct) =>
        await units.ProvinceExistsAsync(code, ct) ? TypedResults.Ok(await units.CommunesAsync(code, ct)) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<SuccessorDto>>, Ok<List<ProvinceSuccessorDto>>, NotFound, ValidationProblem>> SuccessorsAsync(
        string? oldCommuneCode, string? oldProvinceName, AdminUnitService units, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(oldCommuneCode))
        {
            var communes = await units.SuccessorsOfOldCommuneAsync(oldCommuneCode.Trim(), ct);
            return communes.Count > 0 ? TypedResults.Ok(communes) : TypedResults.NotFound();
        }

        if (!string.IsNullOrWhiteSpace(oldProvinceName))
        {
            var provinces = await units.SuccessorsOfOldProvinceAsync(oldProvinceName, ct);
            return provinces.Count > 0 ? TypedResults.Ok(provinces) : TypedResults.NotFound();
        }

        return ApiResults.Invalid("oldCommuneCode", "Validation.OldUnitQuery", localizer);
    }

    /// <summary>
    /// The commune options of a province for the htmx picker. The parameter is "province", not the
    /// field's own name, because htmx also sends the select's value (ProvinceCode) with the request.
    /// </summary>
    private static async Task<ContentHttpResult> CommuneOptionsAsync(string? province, string? selected, bool? any, AdminUnitService units, System.Text.Encodings.Web.HtmlEncoder html, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var communes = string.IsNullOrWhiteSpace(province) ? [] : await units.CommunesAsync(province, ct);
        var options = new System.Text.StringBuilder();
        options.Append("<option value=\"\">").Append(html.Encode(localizer[any == true ? "Filter.All" : "Form.ChooseCommune"])).Append("</option>");
        foreach (var commune in communes)
        {
            options.Append("<option value=\"").Append(commune.Code).Append('"')
                .Append(commune.Code == selected ? " selected" : string.Empty).Append('>')
                .Append(html.Encode(commune.Name)).Append("</option>");
        }

        return TypedResults.Content(options.ToString(), "text/html; charset=utf-8");
    }
}
