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
                modelState.AddModelError(prefix.Length == 0 || field.Length == 0 ? field : $"{prefix}.{field}", localizer[key]);
            }
        }
    }
}
