using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Traceability;

namespace Ocop.Tests.Features.Traceability;

/// <summary>What the QR codes carry, checked by tools the platform did not write: GS1's digital-link.js and ZXing.</summary>
public sealed class IndependentCheckTests
{
    private static string WithCheckDigit(string body) => body + Gtin.CheckDigit(body);

    private static async Task<int> ProductAsync(HttpClient officer, OcopApp app, int producerId, string name, string? gtin) =>
        (await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producerId, Name = name, ProductSetId = await Registry.ProductSetIdAsync(app), Status = ProductStatus.Active, Gtin = gtin,
        })).Id;

    [Fact]
    public async Task EveryPrintedDigitalLink_IsValid_ForGs1sOwnLibrary()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var gtins = new[] { WithCheckDigit("8930001"), WithCheckDigit("89300000001"), WithCheckDigit("893000000002"), WithCheckDigit("1893000000003") };
        var ids = new List<int>();
        for (var i = 0; i < gtins.Length; i++)
        {
            ids.Add(await ProductAsync(officer, app, producer.Id, $"Sản phẩm GTIN-{gtins[i].Length}", gtins[i]));
        }

        var links = new List<string>();
        foreach (var id in ids)
        {
            links.Add((await app.CreateClient().GetFromJsonAsync<ProductLink>($"/api/v1/products/{id}/digital-link", Json.Options))!.Uri);
        }

        links.ShouldAllBe(l => l.StartsWith("http://localhost/01/", StringComparison.Ordinal) && l.Length == "http://localhost/01/".Length + 14);

        // A lot's label: the Digital Link with AI 10 (its "/" percent-encoded).
        var lotInput = new LotInput("LO-2026.10/A", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), null, null, null, null, null, null);
        var lot = (await (await officer.PostAsJsonAsync($"/api/v1/products/{ids[2]}/lots", lotInput, Json.Options)).Content.ReadFromJsonAsync<List<LotItem>>(Json.Options))!.Single();
        var lotLink = (await app.CreateClient().GetFromJsonAsync<ProductLink>($"/api/v1/products/{ids[2]}/lots/{lot.Id}/digital-link", Json.Options))!.Uri;
        lotLink.ShouldBe($"http://localhost/01/{gtins[2].PadLeft(14, '0')}/10/LO-2026.10%2FA");
        links.Add(lotLink);
        // A wrong check digit as a control: the tool really checks.
        var output = await NodeTools.RunAsync("validate-digital-links.js", [], string.Join('\n', links.Append("http://localhost/01/08930000000018")));
        var verdicts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        verdicts.Count.ShouldBe(links.Count + 1);
        verdicts.Take(links.Count).ShouldAllBe(v => v.GetProperty("valid").GetBoolean());
        verdicts[^1].GetProperty("valid").GetBoolean().ShouldBeFalse();

        // Without a GTIN the QR carries the short URL instead (not a Digital Link, by design).
        var plain = await ProductAsync(officer, app, producer.Id, "Bánh tráng không mã", null);
        var shortLink = (await app.CreateClient().GetFromJsonAsync<ProductLink>($"/api/v1/products/{plain}/digital-link", Json.Options))!;
        shortLink.Uri.ShouldBe($"http://localhost/q/{DigitalLinks.ShortCode(plain)}");
    }

    [Theory]
    [InlineData("8930000000019")]
    [InlineData(null)]
    public async Task QrPng_DecodedByZxing_LeadsToTheProductPage(string? gtin)
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var id = await ProductAsync(officer, app, producer.Id, "Nước mắm nhỉ Phan Thiết", gtin);

        var png = await app.CreateClient().GetByteArrayAsync($"/api/v1/products/{id}/qr.png?size=4");
        var file = Path.Combine(TestPaths.Root, $"qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png, TestContext.Current.CancellationToken);
        var decoded = await NodeTools.RunAsync("decode-qr.js", [file]);

        decoded.ShouldStartWith("http://localhost/");
        var page = await app.CreateClient().GetAsync(decoded);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/products/{id}");
        (await page.Content.ReadAsStringAsync()).ShouldContain("Nước mắm nhỉ Phan Thiết");
    }
}
