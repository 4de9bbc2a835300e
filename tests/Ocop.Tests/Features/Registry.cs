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

    /// <summary>
    /// A product of the producer, made by <paramref name="client"/> over the API in set 148-09 (fish sauce): active
    /// unless said otherwise, and listed (a confirmed legacy rating) when <paramref name="listedStars"/> is given.
    /// </summary>
    public static async Task<ProductDetails> ProductAsync(
        OcopApp app, HttpClient client, int producerId, string name, ProductStatus status = ProductStatus.Active, int? listedStars = null)
    {
        var input = new ProductInput { ProducerId = producerId, Name = name, ProductSetId = await ProductSetIdAsync(app), Status = status };
        return await CreateProductAsync(client, listedStars is { } stars ? input.Listed(stars) : input);
    }

    /// <summary>The answer is 400 with a ValidationProblem; its body, for the messages the test expects.</summary>
    public static async Task<string> RefusedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest, body);
        return body;
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
