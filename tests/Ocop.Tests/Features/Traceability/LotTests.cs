using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Traceability;

namespace Ocop.Tests.Features.Traceability;

/// <summary>Production lots: recorded by the product's officer or producer, resolved at /01/{gtin}/10/{lot}, shown publicly.</summary>
public sealed class LotTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static LotInput Lot(string code = "LO-2026.10/A", DateOnly? produced = null) => new(
        code, produced ?? Today.AddDays(-20), Today.AddMonths(18), 1200m, "chai", "Vùng biển Phan Thiết",
        [new LotStep(Today.AddDays(-40), "Thu mua cá cơm"), new LotStep(Today.AddDays(-30), "Ủ chượp")], null);

    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Producer_RecordsALot_AndItsLabelResolvesToTheLot(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var setId = await Registry.ProductSetIdAsync(app);
        var product = await Registry.CreateProductAsync(officer, new ProductInput { ProducerId = producer.Id, Name = "Nước mắm Cá Đen", ProductSetId = setId, Status = ProductStatus.Active, Gtin = "8930000000019" });
        var other = await Registry.CreateProductAsync(officer, new ProductInput { ProducerId = producer.Id, Name = "Nước mắm nhãn xanh", ProductSetId = setId, Status = ProductStatus.Active });
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        var url = $"/api/v1/products/{product.Id}/lots";

        (await ProblemAsync(await owner.PostAsJsonAsync(url, Lot("LÔ 1"), Json.Options))).ShouldContain("Mã lô gồm 1–20 ký tự");
        (await ProblemAsync(await owner.PostAsJsonAsync(url, Lot(produced: Today.AddDays(1)), Json.Options))).ShouldContain("không sau hôm nay");
        (await ProblemAsync(await owner.PostAsJsonAsync(url, Lot() with { ExpiresOn = Today.AddDays(-30) }, Json.Options))).ShouldContain("không được trước ngày sản xuất");
        (await ProblemAsync(await owner.PostAsJsonAsync(url, Lot() with { Steps = [new LotStep(Today, " ")] }, Json.Options))).ShouldContain("Mỗi công đoạn cần ngày");
        var created = await owner.PostAsJsonAsync(url, Lot(), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var lot = (await created.Content.ReadFromJsonAsync<List<LotItem>>(Json.Options))!.Single();
        lot.Steps.Select(s => s.Text).ShouldBe(["Thu mua cá cơm", "Ủ chượp"]);
        (await ProblemAsync(await owner.PostAsJsonAsync(url, Lot(), Json.Options))).ShouldContain("đã có lô mang mã này");
        (await owner.PutAsJsonAsync($"{url}/{lot.Id}", Lot() with { Quantity = 1000m, Version = lot.Version + 5 }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await owner.PutAsJsonAsync($"{url}/{lot.Id}", Lot() with { Quantity = 1000m, Version = lot.Version }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Outside the area or someone else's product: as if it did not exist.
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.PostAsJsonAsync(url, Lot("X1"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var scanner = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var encoded = Uri.EscapeDataString(lot.Code);
        var scan = await scanner.GetAsync($"/01/08930000000019/10/{encoded}");
        scan.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        scan.Headers.Location!.ToString().ShouldBe($"http://localhost/products/{product.Id}?lot={encoded}");
        (await scanner.GetAsync($"/01/08930000000019/10/{encoded}?linkType=gs1:traceability")).Headers.Location!.ToString()
            .ShouldBe($"http://localhost/products/{product.Id}/lots/{encoded}");
        (await scanner.GetAsync($"/01/08930000000019/10/{encoded}?linkType=gs1:traceability")).Headers.GetValues("Link").Single()
            .ShouldContain($"/01/08930000000019/10/{encoded}?linkType=linkset");
        using var linkset = JsonDocument.Parse(await scanner.GetStringAsync($"/01/08930000000019/10/{encoded}?linkType=linkset"));
        linkset.RootElement.GetProperty("linkset")[0].GetProperty("https://gs1.org/voc/traceability")[0].GetProperty("href").GetString()
            .ShouldBe($"http://localhost/products/{product.Id}/lots/{encoded}");

        // The lot code belongs to this product only: another product's lot is unknown here, and walks up to this product's page.
        var otherLot = (await (await owner.PostAsJsonAsync($"/api/v1/products/{other.Id}/lots", Lot("B-7"), Json.Options)).Content.ReadFromJsonAsync<List<LotItem>>(Json.Options))!.Single();
        (await scanner.GetAsync("/01/08930000000019/10/B-7")).Headers.Location!.ToString().ShouldBe($"http://localhost/products/{product.Id}");
        (await scanner.GetAsync("/01/08930000000019/10/B-7?linkType=gs1:traceability")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var shortScan = await scanner.GetAsync($"/q/{DigitalLinks.LotShortCode(otherLot.Id)}?linkType=gs1:traceability");
        shortScan.Headers.Location!.ToString().ShouldBe($"http://localhost/products/{other.Id}/lots/B-7");

        var productPage = await app.CreateClient().GetStringAsync(scan.Headers.Location);
        productPage.ShouldContain("Sản phẩm thuộc lô LO-2026.10/A");
        var lotPage = await app.CreateClient().GetStringAsync($"/products/{product.Id}/lots/{encoded}");
        lotPage.ShouldContain("Ủ chượp");
        lotPage.ShouldContain("Vùng biển Phan Thiết");
        (await app.CreateClient().GetAsync($"/products/{product.Id}/lots/B-7")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await app.WithScopeAsync(s => s.GetRequiredService<ScanCountWriter>().FlushAsync(CancellationToken.None));
        var counted = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().ScanCounts.Where(c => c.LotId == lot.Id).SumAsync(c => c.Count));
        counted.ShouldBe(4);
    }

    [Fact]
    public async Task LabelSheet_HasTheChosenCount_OnAsManyPagesAsNeeded()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = "Nước mắm Cá Đen thượng hạng 40 độ đạm", ProductSetId = await Registry.ProductSetIdAsync(app),
            Status = ProductStatus.Active, Gtin = "8930000000019",
        });
        var lot = (await (await officer.PostAsJsonAsync($"/api/v1/products/{product.Id}/lots", Lot("CD-2611"), Json.Options))
            .Content.ReadFromJsonAsync<List<LotItem>>(Json.Options))!.Single();
        var url = $"/api/v1/products/{product.Id}/lots/{lot.Id}/labels.pdf";

        (await ProblemAsync(await officer.GetAsync(url + "?count=0"))).ShouldContain("Số nhãn phải từ 1 đến 1000");
        (await ProblemAsync(await officer.GetAsync(url + "?count=10&size=200"))).ShouldContain("Cỡ nhãn phải từ 25 đến 80 mm");
        (await (await Registry.OfficerAsync(app, Registry.HoChiMinh)).GetAsync(url + "?count=10")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var pdf = await officer.GetAsync(url + "?count=30&size=40");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = await PdfText.ExtractAsync(bytes);
        // The first label's QR code, read by ZXing, is the lot's Digital Link.
        var firstLabel = await PdfText.CropToPngAsync(bytes, 150, 50, 50, 250, 250);
        (await NodeTools.RunAsync("decode-qr.js", [firstLabel])).ShouldBe("http://localhost/01/08930000000019/10/CD-2611");
        System.Text.RegularExpressions.Regex.Count(text, "Lô CD-2611").ShouldBe(30);
        text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2, "4 × 6 labels of 40 mm fit on an A4 page");
        text.ShouldContain("Nước mắm");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task LotDocuments_AreAddedByTheProductsPeople_AndReadByAnyone(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = "Nước mắm Cá Đen", ProductSetId = await Registry.ProductSetIdAsync(app), Status = ProductStatus.Active,
        });
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        var lot = (await (await owner.PostAsJsonAsync($"/api/v1/products/{product.Id}/lots", Lot(), Json.Options)).Content.ReadFromJsonAsync<List<LotItem>>(Json.Options))!.Single();
        var url = $"/api/v1/products/{product.Id}/lots/{lot.Id}/documents";
        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

        static MultipartFormDataContent Form(string? title, byte[] bytes, string fileName)
        {
            var form = new MultipartFormDataContent();
            if (title is not null)
            {
                form.Add(new StringContent(title), "title");
            }

            form.Add(new ByteArrayContent(bytes), "file", fileName);
            return form;
        }

        (await ProblemAsync(await owner.PostAsync(url, Form(null, pdf, "kq.pdf")))).ShouldContain("Trường này là bắt buộc.");
        (await ProblemAsync(await owner.PostAsync(url, Form("Phiếu kết quả thử nghiệm", "xin chào"u8.ToArray(), "kq.pdf")))).ShouldContain("phải là tệp PDF, JPEG hoặc PNG");
        (await ProblemAsync(await owner.PostAsync(url, Form("Phiếu kết quả thử nghiệm", new byte[400_000], "lon.pdf")))).ShouldContain("Tệp lớn hơn");
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.PostAsync(url, Form("Phiếu", pdf, "kq.pdf"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().PostAsync(url, Form("Phiếu", pdf, "kq.pdf"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var added = await owner.PostAsync(url, Form("Phiếu kết quả thử nghiệm", pdf, "../../ket-qua\u0001.pdf"));
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        var document = (await added.Content.ReadFromJsonAsync<List<LotDocumentItem>>(Json.Options))!.Single();
        document.FileName.ShouldBe("ket-qua.pdf", "no folder part, no control characters");

        var visitor = app.CreateClient();
        var download = await visitor.GetAsync($"/media/lot-documents/{document.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        var page = await visitor.GetStringAsync($"/products/{product.Id}/lots/{Uri.EscapeDataString(lot.Code)}");
        page.ShouldContain("Phiếu kết quả thử nghiệm");
        page.ShouldContain($"/media/lot-documents/{document.Id}");

        (await hcm.DeleteAsync($"{url}/{document.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.DeleteAsync($"{url}/{document.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await visitor.GetAsync($"/media/lot-documents/{document.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.GetFromJsonAsync<List<LotDocumentItem>>(url, Json.Options))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task LotEditForm_SavesChanges_KeepsWhatWasTypedWhenRefused_AndCatchesAStaleVersion()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var product = await Registry.CreateProductAsync(officer, new ProductInput
        {
            ProducerId = producer.Id, Name = "Nước mắm Cá Đen", ProductSetId = await Registry.ProductSetIdAsync(app), Status = ProductStatus.Active,
        });
        var lot = (await (await officer.PostAsJsonAsync($"/api/v1/products/{product.Id}/lots", Lot(), Json.Options)).Content.ReadFromJsonAsync<List<LotItem>>(Json.Options))!.Single();
        var page = $"/admin/products/{product.Id}";
        var url = $"{page}?handler=EditLot&lotId={lot.Id}";
        Dictionary<string, string> Fields(int version, string expires, string quantity) => new()
        {
            ["EditLot.Code"] = lot.Code, ["EditLot.ProducedOn"] = lot.ProducedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["EditLot.ExpiresOn"] = expires, ["EditLot.Quantity"] = quantity, ["EditLot.Unit"] = "chai", ["EditLot.RawMaterialArea"] = "Vùng biển Phan Thiết",
            ["EditLot.Steps"] = $"{Today.AddDays(-40):dd/MM/yyyy} Thu mua cá cơm\n{Today.AddDays(-25):dd/MM/yyyy} Đóng chai", ["EditLot.Version"] = $"{version}",
        };

        var refused = await OcopApp.PostFormAsync(officer, url, Fields(lot.Version, Today.AddDays(-60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "900"), page);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("không được trước ngày sản xuất");
        html.ShouldContain("value=\"900\"", customMessage: "the typed quantity is kept");

        var saved = await OcopApp.PostFormAsync(officer, url, Fields(lot.Version, Today.AddMonths(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "900"), page);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = (await officer.GetFromJsonAsync<List<LotItem>>($"/api/v1/products/{product.Id}/lots", Json.Options))!.Single();
        after.Quantity.ShouldBe(900m);
        after.Steps.Select(s => s.Text).ShouldBe(["Thu mua cá cơm", "Đóng chai"]);

        // The same form sent again with the version it was opened with: someone changed the lot meanwhile.
        var stale = await OcopApp.PostFormAsync(officer, url, Fields(lot.Version, Today.AddMonths(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "800"), page);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("vừa được người khác thay đổi");
        (await officer.GetFromJsonAsync<List<LotItem>>($"/api/v1/products/{product.Id}/lots", Json.Options))!.Single().Quantity.ShouldBe(900m);

        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
