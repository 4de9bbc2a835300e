using System.Net.Http.Json;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Products;

namespace Ocop.Tests.Features.Catalogue;

/// <summary>
/// Readers search in English and in Vietnamese typed as one word: products with only Vietnamese names are found through
/// the glossary of product kinds ("fish sauce" → nước mắm), and "nuocmam" finds "Nước mắm" (both engines).
/// </summary>
public sealed class EnglishSearchTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task EnglishWordsAndRunTogetherWords_FindVietnameseOnlyProducts(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        foreach (var (name, set) in new[]
                 {
                     ("Nước mắm Cá Đen", "26-09"), ("Cà phê Robusta Di Linh", "26-13"), ("Mật ong hoa cà phê", "26-04"),
                     ("Thanh long ruột đỏ Hàm Thuận Bắc", "26-01"), ("Bánh tráng Phú Thủy", "26-06"), ("Trà Ô long Cầu Đất", "26-12"),
                     ("Gốm Bàu Trúc", "26-21"), ("Robusta Cầu Đất", "26-13"),
                 })
        {
            await Registry.CreateProductAsync(officer, new ProductInput
            {
                ProducerId = producer.Id, Name = name, ProductSetId = await Registry.ProductSetIdAsync(app, set), Status = ProductStatus.Active,
            }.Listed(4));
        }

        var visitor = app.CreateClient();
        async Task<string[]> FindAsync(string q) =>
            [.. (await visitor.GetFromJsonAsync<CatalogueResult>($"/api/v1/catalogue?q={Uri.EscapeDataString(q)}", Json.Options))!.Items.Select(i => i.Name).Order()];

        (await FindAsync("fish sauce")).ShouldBe(["Nước mắm Cá Đen"]);
        (await FindAsync("coffee")).ShouldBe(["Cà phê Robusta Di Linh", "Mật ong hoa cà phê", "Robusta Cầu Đất"], "by name, and by the set \"Cà phê, ca cao\"");
        (await FindAsync("honey")).ShouldBe(["Mật ong hoa cà phê"]);
        (await FindAsync("dragon fruit")).ShouldBe(["Thanh long ruột đỏ Hàm Thuận Bắc"]);
        (await FindAsync("rice paper")).ShouldBe(["Bánh tráng Phú Thủy"]);
        (await FindAsync("tea")).ShouldBe(["Trà Ô long Cầu Đất"]);
        (await FindAsync("pottery")).ShouldBe(["Gốm Bàu Trúc"]);
        (await FindAsync("nuocmam")).ShouldBe(["Nước mắm Cá Đen"]);
        (await FindAsync("thanhlong")).ShouldBe(["Thanh long ruột đỏ Hàm Thuận Bắc"]);
        (await FindAsync("nuoc mam")).ShouldBe(["Nước mắm Cá Đen"], "the Vietnamese words still find it");

        // The English page finds the same, and shows the Vietnamese name.
        var page = await visitor.GetStringAsync("/products?q=fish+sauce&culture=en");
        page.ShouldContain("Nước mắm Cá Đen");
    }
}
