using System.Globalization;
using Microsoft.Extensions.Localization;
using Ocop.Web.Resources;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// The web app manifest (installing the site on a phone's home screen): the platform's name (<see cref="SiteIdentity"/>) in the reader's
/// language, the programme's green, and the star icon drawn by tools/icons/make_icons.py.
/// </summary>
public static class WebManifest
{
    public const string Path = "/manifest.webmanifest";
    public const string ThemeColor = "#1f5f3f";

    public static IEndpointRouteBuilder MapWebManifest(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (IStringLocalizer<SharedResource> l, SiteIdentity site) => Results.Json(new
        {
            name = site.Name,
            short_name = "OCOP",
            description = l["Home.Lead"].Value,
            lang = CultureInfo.CurrentUICulture.Name,
            start_url = "/",
            scope = "/",
            display = "standalone",
            background_color = "#ffffff",
            theme_color = ThemeColor,
            icons = new[]
            {
                new { src = "/icon-192.png", sizes = "192x192", type = "image/png" },
                new { src = "/icon-512.png", sizes = "512x512", type = "image/png" },
            },
        }, contentType: "application/manifest+json")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
