using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Traceability;

namespace Ocop.Tests.Features.Traceability;

/// <summary>
/// The resolver against the GS1-Conformant resolver standard (as GS1's own test suite reads it): CORS and preflight,
/// one default link plus its language variants, item descriptions, the JSON-LD context, walking up from what is not
/// recorded, 400 for bad syntax and 404 for unknown keys and missing link types, the query passed on.
/// </summary>
public sealed class ResolverConformanceTests
{
    private const string Gtin14 = "08930000000019";

    private static async Task<(OcopApp App, ProductDetails Product, LotItem Lot, HttpClient Scanner)> SeedAsync()
    {
        var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = "Nước mắm Cá Đen", NameEn = "Ca Den fish sauce", ProductSetId = await Registry.ProductSetIdAsync(app),
            Status = ProductStatus.Active, Gtin = Gtin14,
        });
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var created = await owner.PostAsJsonAsync($"/api/v1/products/{product.Id}/lots",
            new LotInput("L26", today.AddDays(-10), today.AddMonths(12), 500m, "chai", null, [], null), Json.Options);
        var lot = (await created.Content.ReadFromJsonAsync<List<LotItem>>(Json.Options))!.Single();
        return (app, product, lot, app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
    }

    [Fact]
    public async Task EveryResolverPath_AnswersAPreflight_AndAllowsAnyOrigin()
    {
        var (app, _, _, scanner) = await SeedAsync();
        await using var _app = app;
        foreach (var path in new[] { $"/01/{Gtin14}", $"/01/{Gtin14}/10/L26", $"/01/{Gtin14}/10/L26/21/7", "/q/p1", "/00/106141411234567897", "/.well-known/gs1resolver" })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
            preflight.Headers.Add("Origin", "https://scanner.example");
            preflight.Headers.Add("Access-Control-Request-Method", "GET");
            preflight.Headers.Add("Access-Control-Request-Headers", "accept");
            var response = await scanner.SendAsync(preflight);
            response.StatusCode.ShouldBe(HttpStatusCode.NoContent, path);
            response.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*", path);
            response.Headers.GetValues("Access-Control-Allow-Methods").Single().ShouldContain("GET", Case.Sensitive, path);
            response.Headers.GetValues("Access-Control-Allow-Headers").Single().ShouldBe("accept", path);
        }

        var description = await scanner.GetAsync("/.well-known/gs1resolver");
        description.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("*");
        var context = (await description.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jsonLdContextLocation").GetString()!;
        var contextFile = await scanner.GetAsync(context);
        contextFile.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        JsonDocument.Parse(await contextFile.Content.ReadAsStringAsync()).RootElement.GetProperty("@context").GetProperty("anchor").GetString().ShouldBe("@id");
    }

    [Fact]
    public async Task TheLinkset_HasOneDefaultLink_ItsLanguageVariants_WhatTheItemIs_AndEveryLevelUpToTheGtin()
    {
        var (app, product, lot, scanner) = await SeedAsync();
        await using var _app = app;
        var response = await scanner.GetAsync($"/01/{Gtin14}/10/{lot.Code}?linkType=linkset");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Link").Single()
            .ShouldBe("<http://localhost/resolver/linkset-context.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var sets = json.RootElement.GetProperty("linkset").EnumerateArray().ToList();
        sets.Select(s => s.GetProperty("anchor").GetString()).ShouldBe([$"http://localhost/01/{Gtin14}/10/L26", $"http://localhost/01/{Gtin14}"]);
        sets[0].GetProperty("itemDescription").GetString().ShouldBe("Nước mắm Cá Đen, lô L26");
        sets[1].GetProperty("itemDescription").GetString().ShouldBe("Nước mắm Cá Đen");
        foreach (var set in sets)
        {
            var defaults = set.GetProperty("https://gs1.org/voc/defaultLink").EnumerateArray().ToList();
            defaults.Count.ShouldBe(1, "exactly one default link per level");
            defaults[0].EnumerateObject().Select(p => p.Name).ShouldBe(["href", "title"], "the default link has no optional attributes");
            var multi = set.GetProperty("https://gs1.org/voc/defaultLinkMulti").EnumerateArray().ToList();
            multi.Select(m => m.GetProperty("hreflang")[0].GetString()).ShouldBe(["vi", "en"]);
            set.GetProperty("https://gs1.org/voc/pip").GetArrayLength().ShouldBe(2, "the default links are also described by a descriptive link type");
        }

        sets[1].GetProperty("https://gs1.org/voc/defaultLink")[0].GetProperty("href").GetString().ShouldBe($"http://localhost/products/{product.Id}");
        sets[0].GetProperty("https://gs1.org/voc/traceability")[0].GetProperty("href").GetString().ShouldBe($"http://localhost/products/{product.Id}/lots/L26");
    }

    [Fact]
    public async Task WhatIsNotRecorded_WalksUpTheTree_AndAMissingLinkTypeIs404()
    {
        var (app, product, _, scanner) = await SeedAsync();
        await using var _app = app;
        async Task<string?> Location(string url)
        {
            var response = await scanner.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect, url);
            return response.Headers.Location?.ToString();
        }

        var page = $"http://localhost/products/{product.Id}";
        (await Location($"/01/{Gtin14}/10/UNKNOWN")).ShouldBe(page, "an unknown lot walks up to the GTIN");
        (await Location($"/01/{Gtin14}/21/12345")).ShouldBe(page, "a serial is not tracked: up to the GTIN");
        (await Location($"/01/{Gtin14}/22/VAR-1")).ShouldBe(page, "a variant is not tracked: up to the GTIN");
        (await Location($"/01/{Gtin14}/10/L26/21/12345")).ShouldBe($"{page}?lot=L26", "lot and serial: up to the lot");
        (await Location($"/01/{Gtin14}/10/L26/21/12345?linkType=gs1:traceability")).ShouldBe($"{page}/lots/L26");
        (await Location($"/01/{Gtin14}/")).ShouldBe(page, "a trailing slash is tolerated");
        (await Location($"/01/{Gtin14}?linkType=gs1:defaultLink")).ShouldBe(page);
        (await Location($"/01/{Gtin14}?linkType=gs1:defaultLinkMulti")).ShouldBe(page);

        (await scanner.GetAsync($"/01/{Gtin14}?linkType=gs1:nosuchlt")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scanner.GetAsync($"/01/{Gtin14}?linkType=gs1:certificationInfo")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "no certificate yet");
        (await scanner.GetAsync($"/01/{Gtin14}/10/UNKNOWN?linkType=gs1:traceability")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "no lot to trace at the GTIN");
        var missing = await scanner.GetAsync($"/01/{Gtin14}?linkType=gs1:nosuchlt");
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Mã này không có liên kết loại &quot;gs1:nosuchlt&quot;");
    }

    [Fact]
    public async Task TheRequestsQuery_IsPassedOnWhenRedirecting_ButNotTheLinkType()
    {
        var (app, product, _, scanner) = await SeedAsync();
        await using var _app = app;
        (await scanner.GetAsync($"/01/{Gtin14}?foo=bar")).Headers.Location!.ToString().ShouldBe($"http://localhost/products/{product.Id}?foo=bar");
        (await scanner.GetAsync($"/01/{Gtin14}/10/L26?linkType=gs1:pip&17=271231&utm_source=tiktok")).Headers.Location!.ToString()
            .ShouldBe($"http://localhost/products/{product.Id}?lot=L26&17=271231&utm_source=tiktok");
        using var english = new HttpRequestMessage(HttpMethod.Get, $"/01/{Gtin14}?culture=en&foo=1");
        english.Headers.AcceptLanguage.ParseAdd("en");
        (await scanner.SendAsync(english)).Headers.Location!.ToString().ShouldBe($"http://localhost/products/{product.Id}?culture=en&foo=1");
    }

    [Fact]
    public async Task ACompressedLink_IsReadBack_AndAnsweredAsTheUncompressedOne_WithItGivenAsSameAs()
    {
        var (app, product, _, scanner) = await SeedAsync();
        await using var _app = app;
        string[] uris =
        [
            $"http://localhost/01/{Gtin14}", $"http://localhost/01/{Gtin14}/10/L26", $"http://localhost/01/{Gtin14}/10/L26/21/12345?17=271231",
            $"http://localhost/01/{Gtin14}/22/VAR-1", $"http://localhost/01/{Gtin14}?17=271231&utm_source=tiktok",
        ];

        // GS1's own toolkit compresses them, with its optimisation codes and without.
        var output = await NodeTools.RunAsync("compress-digital-links.js", [], string.Join('\n', uris));
        var forms = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        forms.Count.ShouldBe(uris.Length);
        foreach (var form in forms)
        {
            var uri = form.GetProperty("uri").GetString()!;
            var expected = await scanner.GetAsync(uri);
            foreach (var compressed in new[] { form.GetProperty("optimised").GetString()!, form.GetProperty("plain").GetString()! })
            {
                compressed.ShouldNotContain("/01/");
                var answer = await scanner.GetAsync(compressed);
                answer.StatusCode.ShouldBe(expected.StatusCode, compressed);
                answer.Headers.Location.ShouldBe(expected.Headers.Location, compressed);
                answer.Headers.GetValues("Link").Single().ShouldContain($"<{uri}>; rel=\"owl:sameAs\"", Case.Sensitive, compressed);
            }
        }

        (await scanner.GetAsync(forms[1].GetProperty("optimised").GetString()!)).Headers.Location!.ToString().ShouldBe($"http://localhost/products/{product.Id}?lot=L26");
        using var linkset = JsonDocument.Parse(await scanner.GetStringAsync(forms[1].GetProperty("optimised").GetString()! + "?linkType=linkset"));
        linkset.RootElement.GetProperty("linkset")[0].GetProperty("anchor").GetString().ShouldBe($"http://localhost/01/{Gtin14}/10/L26", "the linkset speaks of the uncompressed URI");

        // Partly compressed: the GTIN as it is, then "/10/L26" compressed (AI 10, base-64 text of 3 characters: EGMvbo).
        (await scanner.GetAsync($"/01/{Gtin14}/EGMvbo")).Headers.Location!.ToString().ShouldBe($"http://localhost/products/{product.Id}?lot=L26");

        // Not a compressed link: an unknown address, as before.
        (await scanner.GetAsync("/khongphailienket")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scanner.GetAsync("/products")).StatusCode.ShouldBe(HttpStatusCode.OK, "pages keep their addresses");
    }
}
