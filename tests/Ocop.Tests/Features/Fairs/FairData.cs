using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Fairs;

/// <summary>A fair set up over the API as an officer would, exhibitors with products, and the calls the fair tests make.</summary>
internal static class FairData
{
    internal static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    internal sealed record Applicant(HttpClient Client, int ProducerId, int[] Products);

    internal sealed record Setup(OcopApp App, HttpClient Officer, int FairId, FairPlan Plan);

    internal static FairInput Fair(int maxBooths = 2) => new()
    {
        Name = "Hội chợ OCOP Lâm Đồng 2027", Organiser = "Sở Công Thương Lâm Đồng", Venue = "Quảng trường Lâm Viên, Đà Lạt",
        StartsOn = Today.AddDays(40), EndsOn = Today.AddDays(44), ApplicationsCloseOn = Today.AddDays(30), MaxBoothsPerProducer = maxBooths,
        HallWidth = 60, HallDepth = 30, IsPublished = true,
    };

    internal static ZoneInput Zone(string code, ZoneKind kind, int x, int y, int columns, int rows, decimal price = 3_000_000m) => new()
    {
        Code = code, Name = $"Khu {code}", Kind = kind, X = x, Y = y, Columns = columns, Rows = rows, BoothWidth = 3, BoothDepth = 3, AisleWidth = 3,
        Price = price, CornerPrice = price + 1_000_000m,
    };

    /// <summary>A published fair in Lâm Đồng with zone A (2 × 5 booths) and zone C (1 × 4 booths).</summary>
    internal static async Task<Setup> SetupAsync(OcopApp app, int maxBooths = 2)
    {
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var created = await officer.PostAsJsonAsync("/api/v1/fairs", Fair(maxBooths), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var fair = (await created.Content.ReadFromJsonAsync<FairItem>(Json.Options))!;
        await ZoneOkAsync(officer, fair.Id, Zone("A", ZoneKind.KeyOcopRural, 2, 2, 5, 2));
        var plan = await ZoneOkAsync(officer, fair.Id, Zone("C", ZoneKind.OtherProvinces, 30, 2, 4, 1, price: 2_500_000m));
        return new Setup(app, officer, fair.Id, plan);
    }

    internal static async Task<FairPlan> ZoneOkAsync(HttpClient officer, int fairId, ZoneInput zone)
    {
        var response = await officer.PostAsJsonAsync($"/api/v1/fairs/{fairId}/zones", zone, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FairPlan>(Json.Options))!;
    }

    internal static async Task<Applicant> ExhibitorAsync(OcopApp app, HttpClient officer, string name, string commune = Registry.PhuThuy)
    {
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer(name, commune));
        var a = await Registry.ProductAsync(app, officer, producer.Id, $"Nước mắm {name}");
        var b = await Registry.ProductAsync(app, officer, producer.Id, $"Mắm ruốc {name}");
        var client = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        return new Applicant(client, producer.Id, [a.Id, b.Id]);
    }

    internal static async Task<ApplicationItem> ApplyOkAsync(Applicant e, int fairId, int booths = 1, int? zone = null)
    {
        var response = await ApplyAsync(e.Client, fairId, new ApplicationInput { ProductIds = [.. e.Products], BoothsRequested = booths, PreferredZoneId = zone, Wishes = "Gần lối vào" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ApplicationItem>(Json.Options))!;
    }

    internal static Task<HttpResponseMessage> ApplyAsync(HttpClient client, int fairId, ApplicationInput input) =>
        client.PostAsJsonAsync($"/api/v1/fairs/{fairId}/applications/mine", input, Json.Options);

    internal static Task<HttpResponseMessage> AllocateAsync(HttpClient officer, int fairId, int applicationId, int boothId) =>
        officer.PostAsJsonAsync($"/api/v1/fairs/{fairId}/allocations", new AllocationInput(applicationId, boothId), Json.Options);

    internal static int Booth(FairPlan plan, string code) => plan.Booths.Single(b => b.Code == code).Id;
}
