namespace Ocop.Web.Infrastructure;

/// <summary>
/// Scripts the layout loads only when something drawn on the page needs them: the part that needs one says so while the
/// body is drawn, and the layout, writing its scripts after the body, asks. A product page then carries no htmx.
/// </summary>
public static class PageAssets
{
    /// <summary>htmx: the province → commune pickers reload their lists with it.</summary>
    public const string Htmx = "ocop:needs-htmx";

    public static void Need(HttpContext context, string asset) => context.Items[asset] = true;

    public static bool Needed(HttpContext context, string asset) => context.Items.ContainsKey(asset);
}
