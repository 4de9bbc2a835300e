using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Ocop.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Puts a service's field errors on the form fields (`Input.Name`…), translated.</summary>
    public static void AddServiceErrors(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, IStringLocalizer localizer, string prefix = "Input")
    {
        foreach (var (field, keys) in errors)
        {
            foreach (var key in keys)
            {
                // A message about the whole form (no field) goes to the form-level summary.
                modelState.AddModelError(prefix.Length == 0 || field.Length == 0 ? field : $"{prefix}.{field}", localizer.Message(key));
            }
        }
    }

    /// <summary>Puts a service's errors in the form-level summary, for pages whose fields are not the service's (a table of rows, a panel).</summary>
    public static void AddServiceErrorsToSummary(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, IStringLocalizer localizer)
    {
        foreach (var key in errors.Values.SelectMany(keys => keys).Distinct())
        {
            modelState.AddModelError(string.Empty, localizer.Message(key));
        }
    }

    /// <summary>
    /// Replaces the binder's English errors (text typed into a number or date field) under <paramref name="prefix"/>
    /// with one Vietnamese message per field, keeping what was typed on the form. Call before the service runs.
    /// </summary>
    public static bool ReplaceBindingErrors(this ModelStateDictionary modelState, IStringLocalizer localizer, string prefix = "Input")
    {
        var replaced = false;
        foreach (var (key, entry) in modelState.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) && e.Value?.Errors.Count > 0).ToList())
        {
            entry!.Errors.Clear();
            modelState.AddModelError(key, localizer["Validation.Number"]);
            replaced = true;
        }

        return replaced;
    }
}
