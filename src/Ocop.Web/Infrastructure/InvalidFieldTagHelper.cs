using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// A field the server refused says so to assistive technology (WCAG 3.3.1): `aria-invalid="true"` and the
/// `input-validation-error` class on every input, select and textarea whose name has an error in the page's ModelState,
/// whether the field is bound with asp-for or written by hand. site.js then moves the focus to the first of them.
/// </summary>
[HtmlTargetElement("input", Attributes = "name")]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "name")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's own helpers (asp-for writes the name first).</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = output.Attributes["name"]?.Value?.ToString();
        if (string.IsNullOrEmpty(name) || output.Attributes["type"]?.Value?.ToString() is "hidden" or "submit" or "button"
            || ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) is false || entry.Errors.Count == 0)
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var classes = output.Attributes["class"]?.Value?.ToString() ?? string.Empty;
        if (!classes.Contains("input-validation-error", StringComparison.Ordinal))
        {
            output.Attributes.SetAttribute("class", (classes + " input-validation-error").Trim());
        }
    }
}
