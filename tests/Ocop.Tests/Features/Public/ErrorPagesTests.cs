using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Public;

namespace Ocop.Tests.Features.Public;

/// <summary>
/// Errors are pages of the site in the reader's language with ways on (search, catalogue, home), never raw JSON,
/// "Status Code: 404" or a sign-in redirect for an address that does not exist; the API keeps ProblemDetails.
/// </summary>
public sealed class ErrorPagesTests
{
    private static async Task<string> PageAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        body.ShouldContain($"data-status=\"{(int)status}\"");
        body.ShouldContain("action=\"/products\" role=\"search\"", customMessage: "a way on: the search");
        return body;
    }

    [Theory]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/products/999999")]
    [InlineData("/fairs/999")]
    [InlineData("/admin/khong-co")]
    public async Task UnknownAddresses_AreTheSite404Page_InBothLanguages_NeverASignIn(string address)
    {
        await using var app = await OcopApp.StartAsync();
        var visitor = app.CreateClient(new() { AllowAutoRedirect = false });

        (await PageAsync(await visitor.GetAsync(address), HttpStatusCode.NotFound)).ShouldContain("Không tìm thấy trang");
        var english = await PageAsync(await visitor.GetAsync(address + "?culture=en"), HttpStatusCode.NotFound);
        english.ShouldContain("Page not found");
        english.ShouldContain("<html lang=\"en\"");
    }

    [Fact]
    public async Task Favicon_Manifest_AndApi_AreAnsweredAsMachinesExpect()
    {
        await using var app = await OcopApp.StartAsync();
        var visitor = app.CreateClient(new() { AllowAutoRedirect = false });

        var icon = await visitor.GetAsync("/favicon.ico");
        icon.StatusCode.ShouldBe(HttpStatusCode.OK);
        icon.Content.Headers.ContentType!.MediaType.ShouldBe("image/x-icon");
        var manifest = await visitor.GetAsync("/manifest.webmanifest");
        manifest.Content.Headers.ContentType!.MediaType.ShouldBe("application/manifest+json");
        var json = System.Text.Json.JsonDocument.Parse(await manifest.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("src").GetString()).ShouldBe(["/icon-192.png", "/icon-512.png"]);
        foreach (var src in new[] { "/icon-192.png", "/icon-512.png" })
        {
            (await visitor.GetAsync(src)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        foreach (var api in new[] { "/api/v1/products/999999", "/api/v1/khong-co" })
        {
            var answer = await visitor.GetAsync(api);
            answer.StatusCode.ShouldBe(HttpStatusCode.NotFound, api);
            answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", api);
        }

        // The handbook opened by a browser without a filter: the catalogue page of the same query, which says why.
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/handbook.pdf");
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        var handbook = await visitor.SendAsync(browser);
        handbook.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        handbook.Headers.Location!.OriginalString.ShouldBe("/products");
        (await visitor.GetAsync("/handbook.pdf")).Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", "a program still gets the reason");
    }

    [Fact]
    public async Task Forbidden_IsTheSite403Page_InBothLanguages()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var owned = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var producer = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: owned.Id));

        var denied = await producer.GetAsync("/admin/users");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await PageAsync(await producer.GetAsync(denied.Headers.Location!), HttpStatusCode.Forbidden);
        page.ShouldContain("Không có quyền truy cập");
        page.ShouldContain("href=\"/account/home\"", customMessage: "a way on: the producer's own workspace");
        (await PageAsync(await producer.GetAsync(denied.Headers.Location + "&culture=en"), HttpStatusCode.Forbidden)).ShouldContain("You may not open this page");
    }

    [Fact]
    public async Task AFailure_IsTheSite500Page_WithAReference_AndTheApiAProblem_NeitherShowingInternals()
    {
        await using var app = await OcopApp.StartAsync();
        await using var broken = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddScoped<ProductPageService>(_ => throw new InvalidOperationException("internal-detail-42"));
            s.AddScoped<CatalogueService>(_ => throw new InvalidOperationException("internal-detail-42"));
        }));
        var visitor = broken.CreateClient(new() { AllowAutoRedirect = false });

        var page = await PageAsync(await visitor.GetAsync("/products/1"), HttpStatusCode.InternalServerError);
        page.ShouldContain("Đã có lỗi");
        page.ShouldContain("mã tra cứu");
        page.ShouldNotContain("internal-detail-42");
        (await PageAsync(await visitor.GetAsync("/products/1?culture=en"), HttpStatusCode.InternalServerError)).ShouldContain("Something went wrong");

        var api = await visitor.GetAsync("/api/v1/catalogue?q=mat+ong");
        api.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", await api.Content.ReadAsStringAsync());
        (await api.Content.ReadAsStringAsync()).ShouldNotContain("internal-detail-42");
    }

    [Theory]
    [InlineData(400, "Yêu cầu không hợp lệ", "The request could not be understood")]
    [InlineData(429, "Quá nhiều yêu cầu", "Too many requests")]
    [InlineData(418, "Không mở được trang", "The page could not be opened")]
    public async Task EachStatus_HasItsWords_InBothLanguages(int status, string vietnamese, string english)
    {
        await using var app = await OcopApp.StartAsync();
        var visitor = app.CreateClient();
        (await PageAsync(await visitor.GetAsync($"/status/{status}"), (HttpStatusCode)status)).ShouldContain(vietnamese);
        (await PageAsync(await visitor.GetAsync($"/status/{status}?culture=en"), (HttpStatusCode)status)).ShouldContain(english);
    }
}
