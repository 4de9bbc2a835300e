using System.Net;

namespace Ocop.Tests.Features.Public;

/// <summary>The platform's name and its authority are the deployment's settings; without them no page names a province.</summary>
public sealed class SiteIdentityTests
{
    [Fact]
    public async Task WithoutSettings_ThePlatformIsNational_InBothLanguages()
    {
        await using var app = await OcopApp.StartAsync();
        var visitor = app.CreateClient();

        var home = await visitor.GetStringAsync("/");
        home.ShouldContain("<a class=\"navbar-brand fw-semibold\" href=\"/\">Nền tảng OCOP</a>");
        home.ShouldNotContain("Lâm Đồng", customMessage: "the national platform names no province (the test database has no products)");
        home.ShouldNotContain("data-testid=\"authority\"");
        (await visitor.GetStringAsync("/?culture=en")).ShouldContain("<title>Home · OCOP platform</title>");
    }

    [Fact]
    public async Task AProvincesInstallation_NamesItselfAndItsAuthority()
    {
        await using var app = await OcopApp.StartAsync(Engine.Sqlite, new Dictionary<string, string?>
        {
            ["Ocop:Site:Name"] = "OCOP Lâm Đồng", ["Ocop:Site:NameEn"] = "Lam Dong OCOP",
            ["Ocop:Site:Authority"] = "UBND tỉnh Lâm Đồng", ["Ocop:Site:AuthorityEn"] = "Lam Dong Provincial People's Committee",
        });
        var visitor = app.CreateClient();

        var home = await visitor.GetStringAsync("/");
        home.ShouldContain(">OCOP Lâm Đồng</a>");
        home.ShouldContain("<span data-testid=\"authority\">UBND tỉnh Lâm Đồng · </span>");
        var english = await visitor.GetStringAsync("/?culture=en");
        english.ShouldContain(">Lam Dong OCOP</a>");
        english.ShouldContain("Lam Dong Provincial People&#x27;s Committee");
        (await visitor.GetStringAsync("/manifest.webmanifest")).ShouldContain("\"name\":\"OCOP Lâm Đồng\"");
        (await visitor.GetAsync("/manifest.webmanifest?culture=en")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetStringAsync("/manifest.webmanifest?culture=en")).ShouldContain("\"name\":\"Lam Dong OCOP\"");
    }
}
