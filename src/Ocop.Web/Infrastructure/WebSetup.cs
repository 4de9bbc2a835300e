using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.TwoFactor;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Audit;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Features.Import;
using Ocop.Web.Features.Inspections;
using Ocop.Web.Features.Integration;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Evaluation;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Programme;
using Ocop.Web.Features.Support;
using Ocop.Web.Features.Training;
using Ocop.Web.Features.ValueChains;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Public;
using Ocop.Web.Infrastructure.Hosting;
using Ocop.Web.Resources;

namespace Ocop.Web.Infrastructure;

/// <summary>Razor Pages, API plumbing, languages and the feature services.</summary>
public static class WebSetup
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en")];

    public static WebApplicationBuilder AddOcopWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource>, RememberedLocalizer>();
        // Write Vietnamese letters as they are, not as numeric character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // The visitor's choice (cookie) wins; otherwise Vietnamese, whatever the browser says.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeAreaFolder("Admin", "/", Policies.RegistryEditor);
                options.Conventions.AuthorizeAreaFolder("Portal", "/", Policies.Producer);
            })
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new UserScopeModelBinderProvider()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? c.HttpContext.TraceIdentifier);
        builder.Services.AddExceptionHandler<OcopExceptionHandler>();
        builder.Services.AddOpenApi("v1");
        builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        builder.Services.AddOcopTransport();

        builder.Services.AddSingleton<SiteIdentity>();
        builder.Services.AddScoped<DatabaseMigrator>();
        builder.Services.AddScoped<Cli.DatabaseBackup>();
        builder.Services.AddScoped<AdminUnitLoader>();
        builder.Services.AddScoped<ClassificationLoader>();
        builder.Services.AddScoped<AdminUnitService>();
        builder.Services.AddScoped<ClassificationService>();
        builder.Services.AddScoped<ProducerService>();
        builder.Services.AddScoped<ProductService>();
        builder.Services.AddScoped<ProductImageService>();
        builder.Services.AddSingleton<ProductImageVariants>();
        builder.Services.AddScoped<ProductOverviewService>();
        builder.Services.AddScoped<Features.Products.Showcase.ProductPackService>();
        builder.Services.AddScoped<Features.Products.Showcase.ProductVideoService>();
        builder.Services.AddScoped<Features.Public.ProductPageService>();
        builder.Services.AddScoped<Features.Public.ProductPageReader>();
        builder.Services.AddScoped(typeof(Deferred<>));
        builder.Services.AddScoped<HistoryService>();
        builder.Services.AddScoped<AccountService>();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddEvaluation(builder.Configuration);
        builder.Services.AddOcopTraceability();
        builder.Services.AddOcopCatalogue();
        builder.Services.AddOcopPublicPageCache(builder.Configuration);
        builder.Services.AddOcopMarketAccess();
        builder.Services.AddOcopFairs();
        builder.Services.AddOcopTraining();
        builder.Services.AddOcopSupport();
        builder.Services.AddOcopInspections();
        builder.Services.AddOcopValueChains();
        builder.Services.AddOcopProgramme();
        builder.Services.AddOcopImport();
        builder.Services.AddOcopIntegration(builder.Configuration);
        builder.Services.AddOcopAttachments();
        return builder;
    }

    public static WebApplication UseOcopPipeline(this WebApplication app)
    {
        app.UseOcopProxy();
        app.UseHttpLogging();
        app.UseOcopTransport();
        // The reader's language first, so that an error page re-executed below keeps it (even one chosen by ?culture=).
        app.UseRequestLocalization();
        app.UseOcopErrorPages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UsePrecompressedStaticFiles();
        app.UseStaticFiles(TransportSetup.StaticFiles());
        app.UseRouting();
        app.UseUnknownAddressesAsNotFound();
        app.UseAuthentication();
        app.UseCrossOriginWriteGuard();
        app.UseTwoFactorRequirement();
        app.UseReadOnlyTokenGuard();
        app.UseAuthorization();
        app.UseRateLimiter();
        // After authentication (a signed-in visitor is never served a stored page) and routing (the pages name their policy).
        app.UseOutputCache();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapOcopPlumbing(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapOcopHealth();
        CspReports.MapCspReports(app);
        app.MapWebManifest();
        app.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            var chosen = Cultures.FirstOrDefault(c => c.Name.StartsWith(culture, StringComparison.OrdinalIgnoreCase)) ?? Cultures[0];
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapRazorPages();
        return app;
    }
}
