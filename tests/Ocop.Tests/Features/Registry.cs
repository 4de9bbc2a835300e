using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

namespace Ocop.Tests.Features;

/// <summary>Helpers shared by the registry tests: accounts in two provinces and producers made over the API.</summary>
public static class Registry
{
    public const string LamDong = "68";
    public const string HoChiMinh = "79";
    public const string PhuThuy = "22924";     // a commune of Lâm Đồng
    public const string ThuongTan = "25909";   // a commune of Thành phố Hồ Chí Minh

    public static Task<HttpClient> OfficerAsync(OcopApp app, string province) =>
        app.SignInAsync(new NewAccount($"officer{Guid.NewGuid():N}@test.vn", Roles.ProvinceOfficer, ProvinceCode: province));

    public static ProducerInput Producer(string name = "Công ty TNHH Cá Đen", string commune = PhuThuy, string? taxCode = null) => new()
    {
        Type = ProducerType.Enterprise, Name = name, CommuneCode = commune, TaxCode = taxCode, Status = ProducerStatus.Active,
    };

    public static async Task<ProducerDetails> CreateProducerAsync(HttpClient officer, ProducerInput input)
    {
        var response = await officer.PostAsJsonAsync("/api/v1/producers", input, Json.Options);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProducerDetails>(Json.Options))!;
    }

    public static async Task<ProductDetails> CreateProductAsync(HttpClient client, ProductInput input)
    {
        var response = await client.PostAsJsonAsync("/api/v1/products", input, Json.Options);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProductDetails>(Json.Options))!;
    }

    /// <summary>
    /// Makes the product one the catalogue lists: a legacy rating an officer confirmed for two more years
    /// (only officers' requests keep these fields).
    /// </summary>
    public static ProductInput Listed(this ProductInput input, int stars = 4)
    {
        input.Stars ??= stars;
        input.CertificateReference ??= "QĐ 1234/QĐ-UBND";
        input.LegacyValidUntil ??= DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2);
        return input;
    }

    public static Task<int> ProductSetIdAsync(OcopApp app, string code = "148-09") =>
        app.WithScopeAsync(s => s.GetRequiredService<Ocop.Web.Data.OcopDbContext>().ProductSets
            .Where(x => x.Code == code).Select(x => x.Id).SingleAsync());
}

public static class Json
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
