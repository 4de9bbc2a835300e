using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Fairs;

/// <summary>Trade fairs over HTTP: layout rules, applications, allocation without double booking (also in parallel), waiting list, scope, results and summary.</summary>
public sealed class FairTests
{
    private static readonly DateOnly Today = VietnamTime.Today(TimeProvider.System);
    private static readonly string[] FreeRow = ["A06", "A07", "A08", "A09", "A10"];

    internal sealed record Exhibitor(HttpClient Client, int ProducerId, int[] Products);

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

    private static async Task<FairPlan> ZoneOkAsync(HttpClient officer, int fairId, ZoneInput zone)
    {
        var response = await officer.PostAsJsonAsync($"/api/v1/fairs/{fairId}/zones", zone, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FairPlan>(Json.Options))!;
    }

    internal static async Task<Exhibitor> ExhibitorAsync(OcopApp app, HttpClient officer, string name, string commune = Registry.PhuThuy)
    {
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer(name, commune));
        var setId = await Registry.ProductSetIdAsync(app);
        var a = await Registry.CreateProductAsync(officer, new ProductInput { ProducerId = producer.Id, Name = $"Nước mắm {name}", ProductSetId = setId, Status = ProductStatus.Active });
        var b = await Registry.CreateProductAsync(officer, new ProductInput { ProducerId = producer.Id, Name = $"Mắm ruốc {name}", ProductSetId = setId, Status = ProductStatus.Active });
        var client = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        return new Exhibitor(client, producer.Id, [a.Id, b.Id]);
    }

    internal static async Task<ApplicationItem> ApplyOkAsync(Exhibitor e, int fairId, int booths = 1, int? zone = null)
    {
        var response = await ApplyAsync(e.Client, fairId, new ApplicationInput { ProductIds = [.. e.Products], BoothsRequested = booths, PreferredZoneId = zone, Wishes = "Gần lối vào" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ApplicationItem>(Json.Options))!;
    }

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient client, int fairId, ApplicationInput input) =>
        client.PostAsJsonAsync($"/api/v1/fairs/{fairId}/applications/mine", input, Json.Options);

    internal static Task<HttpResponseMessage> AllocateAsync(HttpClient officer, int fairId, int applicationId, int boothId) =>
        officer.PostAsJsonAsync($"/api/v1/fairs/{fairId}/allocations", new AllocationInput(applicationId, boothId), Json.Options);

    private static async Task<string> RefusedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        return body;
    }

    private static int Booth(FairPlan plan, string code) => plan.Booths.Single(b => b.Code == code).Id;

    [Fact]
    public async Task Layout_BadFairsAndZones_AreRefusedWithTheReason()
    {
        await using var app = await OcopApp.StartAsync();
        var s = await SetupAsync(app);
        s.Plan.Booths.Count.ShouldBe(14);
        s.Plan.Booths.Count(b => b.IsCorner).ShouldBe(6);
        s.Plan.Booths.Single(b => b.Code == "C01").Price.ShouldBe(3_500_000m);

        (await RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("B", ZoneKind.KeyOcopRural, 10, 5, 3, 1), Json.Options))).ShouldContain("chồng lên");
        (await RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("B", ZoneKind.KeyOcopRural, 50, 20, 5, 1), Json.Options))).ShouldContain("ngoài mặt bằng");
        (await RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("A", ZoneKind.KeyOcopRural, 2, 20, 2, 1), Json.Options))).ShouldContain("đã có khu");
        (await RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("b1", ZoneKind.KeyOcopRural, 2, 20, 2, 1), Json.Options))).ShouldContain("chữ cái in hoa");
        (await RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("D", ZoneKind.KeyOcopRural, 2, 20, 2, 1, price: -1m), Json.Options))).ShouldContain("không âm");
        (await RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("D", ZoneKind.KeyOcopRural, 2, 20, 2, 1, price: 1500.5m), Json.Options))).ShouldContain("số đồng nguyên");

        var backwards = Fair();
        backwards.EndsOn = backwards.StartsOn!.Value.AddDays(-1);
        (await RefusedAsync(await s.Officer.PostAsJsonAsync("/api/v1/fairs", backwards, Json.Options))).ShouldContain("từ ngày bắt đầu trở đi");
        var lateClose = Fair();
        lateClose.ApplicationsCloseOn = lateClose.StartsOn!.Value.AddDays(1);
        (await RefusedAsync(await s.Officer.PostAsJsonAsync("/api/v1/fairs", lateClose, Json.Options))).ShouldContain("không sau ngày khai mạc");

        // The hall cannot shrink under the zones laid out.
        var current = (await s.Officer.GetFromJsonAsync<FairPlan>($"/api/v1/fairs/manage/{s.FairId}", Json.Options))!.Fair;
        var smaller = Fair();
        smaller.HallWidth = 35;
        smaller.Version = current.Version;
        (await RefusedAsync(await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}", smaller, Json.Options))).ShouldContain("nhỏ hơn các khu");

        // A zone goes while none of its booths is allocated; it takes its booths with it.
        var plan = await ZoneOkAsync(s.Officer, s.FairId, Zone("D", ZoneKind.LocalSpecialties, 2, 20, 6, 1));
        plan.Booths.Count.ShouldBe(20);
        var removed = await s.Officer.DeleteAsync($"/api/v1/fairs/{s.FairId}/zones/{plan.Zones.Single(z => z.Code == "D").Id}");
        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await removed.Content.ReadFromJsonAsync<FairPlan>(Json.Options))!.Booths.Count.ShouldBe(14);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Allocation_NeverGivesABoothTwice_NorMoreBoothsThanAsked_EvenInParallel(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var s = await SetupAsync(app);
        var caDen = await ExhibitorAsync(app, s.Officer, "Cá Đen");
        var hamDuc = await ExhibitorAsync(app, s.Officer, "Hàm Đức");
        var a = await ApplyOkAsync(caDen, s.FairId, booths: 2);
        var b = await ApplyOkAsync(hamDuc, s.FairId, booths: 1);
        a.State.ShouldBe(ApplicationState.Pending);

        // Bad applications.
        (await RefusedAsync(await ApplyAsync(caDen.Client, s.FairId, new ApplicationInput { ProductIds = [.. caDen.Products], BoothsRequested = 1 }))).ShouldContain("đã đăng ký hội chợ này");
        var third = await ExhibitorAsync(app, s.Officer, "Phú Quý");
        (await RefusedAsync(await ApplyAsync(third.Client, s.FairId, new ApplicationInput { ProductIds = [.. third.Products], BoothsRequested = 3 }))).ShouldContain("số gian tối đa");
        (await RefusedAsync(await ApplyAsync(third.Client, s.FairId, new ApplicationInput { ProductIds = [caDen.Products[0]], BoothsRequested = 1 }))).ShouldContain("của đơn vị mình");
        (await RefusedAsync(await ApplyAsync(third.Client, s.FairId, new ApplicationInput { ProductIds = [], BoothsRequested = 1 }))).ShouldContain("của đơn vị mình");

        // Sequential double booking.
        (await AllocateAsync(s.Officer, s.FairId, a.Id, Booth(s.Plan, "A01"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RefusedAsync(await AllocateAsync(s.Officer, s.FairId, b.Id, Booth(s.Plan, "A01")))).ShouldContain("đã được xếp cho đơn vị khác");

        // Two officers click the same booth at the same moment, for different exhibitors: exactly one wins.
        var colleague = await Registry.OfficerAsync(app, Registry.LamDong);
        var race = await Task.WhenAll(
            AllocateAsync(s.Officer, s.FairId, a.Id, Booth(s.Plan, "A02")),
            AllocateAsync(colleague, s.FairId, b.Id, Booth(s.Plan, "A02")));
        race.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        var loser = race.Single(r => r.StatusCode != HttpStatusCode.OK);
        (await RefusedAsync(loser)).ShouldContain("đã được xếp cho đơn vị khác");

        // Many booths at once for one exhibitor asking one: only one is given.
        var c = await ApplyOkAsync(third, s.FairId, booths: 1);
        var free = FreeRow.Select(code => Booth(s.Plan, code)).ToList();
        var greedy = await Task.WhenAll(free.Select((booth, i) => AllocateAsync(i % 2 == 0 ? s.Officer : colleague, s.FairId, c.Id, booth)));
        greedy.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in greedy.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            (await RefusedAsync(refused)).ShouldContain("xếp đủ số gian");
        }

        var plan = (await s.Officer.GetFromJsonAsync<FairPlan>($"/api/v1/fairs/manage/{s.FairId}", Json.Options))!;
        var applications = (await s.Officer.GetFromJsonAsync<List<ApplicationItem>>($"/api/v1/fairs/{s.FairId}/applications", Json.Options))!;
        foreach (var application in applications)
        {
            plan.Booths.Count(x => x.ApplicationId == application.Id).ShouldBe(application.BoothsAllocated, "the count is the booths held");
            application.BoothsAllocated.ShouldBeLessThanOrEqualTo(application.BoothsRequested);
        }

        plan.Booths.Count(x => x.IsTaken).ShouldBe(3);
        plan.Fair.BoothsTaken.ShouldBe(3);
        applications.Single(x => x.Id == c.Id).State.ShouldBe(ApplicationState.Allocated);

        // The exhibitor holding A02 keeps it; releasing frees it for the other.
        var holder = plan.Booths.Single(x => x.Code == "A02").ApplicationId!.Value;
        var other = holder == a.Id ? b.Id : a.Id;
        (await s.Officer.DeleteAsync($"/api/v1/fairs/{s.FairId}/booths/{Booth(s.Plan, "A02")}/allocation")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RefusedAsync(await s.Officer.DeleteAsync($"/api/v1/fairs/{s.FairId}/booths/{Booth(s.Plan, "A02")}/allocation"))).ShouldContain("chưa được xếp");
        (await AllocateAsync(colleague, s.FairId, other, Booth(s.Plan, "A02"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RefusedAsync(await AllocateAsync(s.Officer, s.FairId, a.Id, 999_999))).ShouldContain("không thuộc hội chợ");
    }

    [Fact]
    public async Task WaitingList_TakesApplicationsBeyondTheFreeBooths_AndAWithdrawalFreesBoothsForIt()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var fair = (await (await officer.PostAsJsonAsync("/api/v1/fairs", Fair(), Json.Options)).Content.ReadFromJsonAsync<FairItem>(Json.Options))!;
        var plan = await ZoneOkAsync(officer, fair.Id, Zone("A", ZoneKind.KeyOcopRural, 0, 0, 4, 1));
        var first = await ExhibitorAsync(app, officer, "Một");
        var second = await ExhibitorAsync(app, officer, "Hai");
        var third = await ExhibitorAsync(app, officer, "Ba");
        var fourth = await ExhibitorAsync(app, officer, "Bốn");
        var a = await ApplyOkAsync(first, fair.Id, 2);
        var b = await ApplyOkAsync(second, fair.Id, 2);
        var c = await ApplyOkAsync(third, fair.Id, 1);
        var d = await ApplyOkAsync(fourth, fair.Id, 1);
        (a.State, b.State).ShouldBe((ApplicationState.Pending, ApplicationState.Pending));
        c.State.ShouldBe(ApplicationState.Waitlisted, "four booths are promised to the first two");
        d.State.ShouldBe(ApplicationState.Waitlisted);

        foreach (var (application, code) in new[] { (a, "A01"), (a, "A02"), (b, "A03"), (b, "A04") })
        {
            (await AllocateAsync(officer, fair.Id, application.Id, Booth(plan, code))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var list = (await officer.GetFromJsonAsync<List<ApplicationItem>>($"/api/v1/fairs/{fair.Id}/applications", Json.Options))!;
        list.Where(x => x.IsOnWaitingList).Select(x => x.Id).ShouldBe([c.Id, d.Id], "in the order they joined the list");
        (await RefusedAsync(await officer.PostAsync($"/api/v1/fairs/{fair.Id}/applications/{a.Id}/waitlist", null))).ShouldContain("đủ gian");
        (await RefusedAsync(await officer.PostAsync($"/api/v1/fairs/{fair.Id}/applications/{a.Id}/reject", null))).ShouldContain("thu hồi gian");

        // The first exhibitor withdraws: both booths are free again and go to the waiting list.
        (await first.Client.DeleteAsync($"/api/v1/fairs/{fair.Id}/applications/mine")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await officer.GetFromJsonAsync<FairPlan>($"/api/v1/fairs/manage/{fair.Id}", Json.Options))!;
        after.Booths.Where(x => x.IsTaken).Select(x => x.Code).ShouldBe(["A03", "A04"]);
        (await RefusedAsync(await AllocateAsync(officer, fair.Id, a.Id, Booth(plan, "A01")))).ShouldContain("không còn hiệu lực");
        (await AllocateAsync(officer, fair.Id, c.Id, Booth(plan, "A01"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AllocateAsync(officer, fair.Id, d.Id, Booth(plan, "A02"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mine = (await third.Client.GetFromJsonAsync<ApplicationItem>($"/api/v1/fairs/{fair.Id}/applications/mine", Json.Options))!;
        (mine.State, mine.BoothCodes.Single()).ShouldBe((ApplicationState.Allocated, "A01"));
        list = (await officer.GetFromJsonAsync<List<ApplicationItem>>($"/api/v1/fairs/{fair.Id}/applications", Json.Options))!;
        list.Single(x => x.Id == a.Id).State.ShouldBe(ApplicationState.Withdrawn);
        list.ShouldNotContain(x => x.IsOnWaitingList);

        // Withdrawn, the first may apply again: a full fair puts them straight on the waiting list.
        (await ApplyOkAsync(first, fair.Id, 1)).State.ShouldBe(ApplicationState.Waitlisted);
    }

    [Fact]
    public async Task Scope_OtherProvinces_CommuneOfficers_Producers_AndVisitors_SeeOnlyWhatIsTheirs()
    {
        await using var app = await OcopApp.StartAsync();
        var s = await SetupAsync(app);
        var caDen = await ExhibitorAsync(app, s.Officer, "Cá Đen");
        var a = await ApplyOkAsync(caDen, s.FairId);
        var booth = Booth(s.Plan, "A01");

        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync($"/api/v1/fairs/manage/{s.FairId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/api/v1/fairs/{s.FairId}/applications")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await AllocateAsync(hcm, s.FairId, a.Id, booth)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/admin/fairs/{s.FairId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/admin/fairs/{s.FairId}/results")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var commune = await app.SignInAsync(new NewAccount($"c{Guid.NewGuid():N}@test.vn", Roles.CommuneOfficer, ProvinceCode: Registry.LamDong, CommuneCode: Registry.PhuThuy));
        (await AllocateAsync(commune, s.FairId, a.Id, booth)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RefusedAsync(await commune.PostAsJsonAsync("/api/v1/fairs", Fair(), Json.Options))).ShouldContain("cấp tỉnh");

        (await AllocateAsync(caDen.Client, s.FairId, a.Id, booth)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await caDen.Client.GetAsync($"/api/v1/fairs/{s.FairId}/applications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await caDen.Client.GetAsync($"/admin/fairs/{s.FairId}")).Headers.Location!.ToString().ShouldContain("/account/access-denied");
        (await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/applications/mine", new ApplicationInput(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var anonymous = app.CreateClient();
        (await AllocateAsync(anonymous, s.FairId, a.Id, booth)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // Another producer sees only their own application; a draft fair is not public.
        var other = await ExhibitorAsync(app, s.Officer, "Hàm Đức");
        (await other.Client.GetAsync($"/api/v1/fairs/{s.FairId}/applications/mine")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.DeleteAsync($"/api/v1/fairs/{s.FairId}/applications/mine")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var draft = Fair();
        draft.IsPublished = false;
        var hidden = (await (await s.Officer.PostAsJsonAsync("/api/v1/fairs", draft, Json.Options)).Content.ReadFromJsonAsync<FairItem>(Json.Options))!;
        (await anonymous.GetAsync($"/api/v1/fairs/{hidden.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/fairs/{hidden.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApplyAsync(caDen.Client, hidden.Id, new ApplicationInput { ProductIds = [.. caDen.Products], BoothsRequested = 1 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetFromJsonAsync<List<FairItem>>("/api/v1/fairs", Json.Options))!.Select(f => f.Id).ShouldBe([s.FairId]);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task PublicPlan_AndExhibitorList_FilterByZoneProvinceAndWords(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var s = await SetupAsync(app);
        var caDen = await ExhibitorAsync(app, s.Officer, "Cá Đen");
        var hcmOfficer = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        var saigon = await ExhibitorAsync(app, hcmOfficer, "Bánh pía Sài Gòn", Registry.ThuongTan);
        var a = await ApplyOkAsync(caDen, s.FairId);
        var b = await ApplyOkAsync(saigon, s.FairId);
        await ApplyOkAsync(await ExhibitorAsync(app, s.Officer, "Chưa xếp"), s.FairId);
        (await AllocateAsync(s.Officer, s.FairId, a.Id, Booth(s.Plan, "A03"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AllocateAsync(s.Officer, s.FairId, b.Id, Booth(s.Plan, "C02"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var anonymous = app.CreateClient();
        var plan = (await anonymous.GetFromJsonAsync<FairPlan>($"/api/v1/fairs/{s.FairId}", Json.Options))!;
        plan.Booths.Where(x => x.IsTaken).Select(x => (x.Code, x.ExhibitorName)).ShouldBe([("A03", "Cá Đen"), ("C02", "Bánh pía Sài Gòn")], ignoreOrder: true);
        async Task<List<string>> Names(string query) =>
            [.. (await anonymous.GetFromJsonAsync<List<Ocop.Web.Features.Fairs.Exhibitor>>($"/api/v1/fairs/{s.FairId}/exhibitors{query}", Json.Options))!.Select(e => e.ProducerName)];
        (await Names("")).ShouldBe(["Cá Đen", "Bánh pía Sài Gòn"], "ordered by booth; unallocated applicants are not exhibitors");
        (await Names($"?zoneId={plan.Zones.Single(z => z.Code == "C").Id}")).ShouldBe(["Bánh pía Sài Gòn"]);
        (await Names($"?province={Registry.LamDong}")).ShouldBe(["Cá Đen"]);
        (await Names("?q=mam ruoc ca den")).ShouldBe(["Cá Đen"], "product words, accents optional");
        (await Names("?q=banh pia")).ShouldBe(["Bánh pía Sài Gòn"]);
        (await Names("?q=khong co")).ShouldBeEmpty();

        var page = await anonymous.GetStringAsync($"/fairs/{s.FairId}?province={Registry.HoChiMinh}");
        page.ShouldContain("data-booth=\"A03\" data-taken=\"true\"");
        page.ShouldContain("data-booth=\"A04\" data-taken=\"false\"");
        page.ShouldContain("1 đơn vị tham gia");
        page.ShouldContain("Bánh pía Sài Gòn");
    }

    [Fact]
    public async Task Forms_AnswerBadInputInVietnamese_AndKeepWhatWasTyped()
    {
        await using var app = await OcopApp.StartAsync();
        var s = await SetupAsync(app);
        var url = $"/admin/fairs/{s.FairId}";

        // Zone form: text in a number field, then an overlapping block.
        var zone = new Dictionary<string, string>
        {
            ["Zone.Code"] = "D", ["Zone.Name"] = "Khu đặc sản", ["Zone.Kind"] = "LocalSpecialties", ["Zone.X"] = "2", ["Zone.Y"] = "20",
            ["Zone.Columns"] = "mười", ["Zone.Rows"] = "1", ["Zone.BoothWidth"] = "3", ["Zone.BoothDepth"] = "3", ["Zone.AisleWidth"] = "3",
            ["Zone.Price"] = "3000000", ["Zone.CornerPrice"] = "4000000",
        };
        var page = await (await OcopApp.PostFormAsync(s.Officer, url + "?handler=Zone", zone, url)).Content.ReadAsStringAsync();
        page.ShouldContain("Giá trị không hợp lệ");
        page.ShouldContain("value=\"Khu đặc sản\"");
        zone["Zone.Columns"] = "4";
        zone["Zone.Y"] = "3";
        page = await (await OcopApp.PostFormAsync(s.Officer, url + "?handler=Zone", zone, url)).Content.ReadAsStringAsync();
        page.ShouldContain("Khu chồng lên một khu đã bố trí.");
        zone["Zone.Y"] = "20";
        var saved = await OcopApp.PostFormAsync(s.Officer, url + "?handler=Zone", zone, url);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Allocation form: an unknown booth code, then a booth given to nobody.
        var caDen = await ExhibitorAsync(app, s.Officer, "Cá Đen");
        var a = await ApplyOkAsync(caDen, s.FairId);
        page = await (await OcopApp.PostFormAsync(s.Officer, url + "?handler=Allocate", new() { ["Allocation.BoothCode"] = "Z99", ["Allocation.ApplicationId"] = a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, url)).Content.ReadAsStringAsync();
        page.ShouldContain("Gian không thuộc hội chợ này.");
        (await OcopApp.PostFormAsync(s.Officer, url + "?handler=Allocate", new() { ["Allocation.BoothCode"] = "a05", ["Allocation.ApplicationId"] = a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await s.Officer.GetStringAsync(url)).ShouldContain("data-booth=\"A05\" data-taken=\"true\"");

        // The producer's application form: no product ticked, a number of booths that is not a number.
        var applyUrl = $"/portal/fairs/{s.FairId}/apply";
        var other = await ExhibitorAsync(app, s.Officer, "Hàm Đức");
        page = await (await OcopApp.PostFormAsync(other.Client, applyUrl, new() { ["Input.BoothsRequested"] = "1", ["Input.Wishes"] = "Gần cửa" })).Content.ReadAsStringAsync();
        page.ShouldContain("Hãy chọn 1–10 sản phẩm của đơn vị mình để trưng bày.");
        page.ShouldContain("Gần cửa");
        page = await (await OcopApp.PostFormAsync(other.Client, applyUrl, new() { ["Input.BoothsRequested"] = "hai", ["Input.ProductIds"] = other.Products[0].ToString(System.Globalization.CultureInfo.InvariantCulture) })).Content.ReadAsStringAsync();
        page.ShouldContain("Giá trị không hợp lệ");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Results_AfterTheFair_AndTheSummary_MatchTheFiguresWorkedOutByHand(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var s = await SetupAsync(app);
        var caDen = await ExhibitorAsync(app, s.Officer, "Cá Đen");
        var hcmOfficer = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        var saigon = await ExhibitorAsync(app, hcmOfficer, "Bánh pía Sài Gòn", Registry.ThuongTan);
        var a = await ApplyOkAsync(caDen, s.FairId, booths: 2);
        var b = await ApplyOkAsync(saigon, s.FairId);
        foreach (var (id, code) in new[] { (a.Id, "A01"), (a.Id, "C01"), (b.Id, "C02") })
        {
            (await AllocateAsync(s.Officer, s.FairId, id, Booth(s.Plan, code))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var results = new ResultsInput
        {
            Visitors = 12500,
            Exhibitors = [new ExhibitorResultInput(a.Id, 48_250_000m, 2, 150_000_000m), new ExhibitorResultInput(b.Id, 12_000_000m, 0, null)],
        };
        (await RefusedAsync(await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}/results", results, Json.Options))).ShouldContain("từ ngày bế mạc");

        // The fair took place last month (the officer corrects the dates).
        var current = (await s.Officer.GetFromJsonAsync<FairPlan>($"/api/v1/fairs/manage/{s.FairId}", Json.Options))!.Fair;
        var past = Fair();
        (past.StartsOn, past.EndsOn, past.ApplicationsCloseOn, past.Version) = (Today.AddDays(-30), Today.AddDays(-26), Today.AddDays(-40), current.Version);
        (await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}", past, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var negative = new ResultsInput { Visitors = 10, Exhibitors = [new ExhibitorResultInput(a.Id, -5m, 0, null)] };
        (await RefusedAsync(await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}/results", negative, Json.Options))).ShouldContain("không âm");
        var valueOnly = new ResultsInput { Exhibitors = [new ExhibitorResultInput(b.Id, 0m, 0, 5_000_000m)] };
        (await RefusedAsync(await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}/results", valueOnly, Json.Options))).ShouldContain("số hợp đồng phải lớn hơn 0");
        var stranger = new ResultsInput { Exhibitors = [new ExhibitorResultInput(999_999, 1m, 0, null)] };
        (await RefusedAsync(await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}/results", stranger, Json.Options))).ShouldContain("có gian tại hội chợ");
        (await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}/results", results, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var summary = (await s.Officer.GetFromJsonAsync<FairSummary>($"/api/v1/fairs/{s.FairId}/summary", Json.Options))!;
        (summary.Booths, summary.BoothsTaken, summary.Occupancy).ShouldBe((14, 3, 21.4m));      // 3/14 = 21.43 %
        summary.BoothFees.ShouldBe(4_000_000m + 3_500_000m + 2_500_000m);                      // A01 and C01 are corners, C02 is not
        (summary.Exhibitors, summary.FromOtherProvinces, summary.ProductsShown).ShouldBe((2, 1, 4));
        (summary.Sales, summary.Contracts, summary.ContractValue).ShouldBe((60_250_000m, 2, 150_000_000m));
        var zoneA = summary.Zones.Single(z => z.Code == "A");
        var zoneC = summary.Zones.Single(z => z.Code == "C");
        (zoneA.BoothsTaken, zoneA.Exhibitors, zoneA.Sales).ShouldBe((1, 1, 48_250_000m), "Cá Đen's first booth is A01");
        (zoneC.BoothsTaken, zoneC.Exhibitors, zoneC.Sales).ShouldBe((2, 2, 12_000_000m));
        summary.Lines.Select(l => (l.ProducerName, l.Booths)).ShouldBe([("Cá Đen", "A01, C01"), ("Bánh pía Sài Gòn", "C02")]);

        var text = await PdfText.ExtractAsync(await s.Officer.GetByteArrayAsync($"/api/v1/fairs/{s.FairId}/summary?format=pdf"));
        text.ShouldContain("BÁO CÁO TỔNG KẾT HỘI CHỢ OCOP LÂM ĐỒNG 2027");
        text.ShouldContain("60.250.000");
        text.ShouldContain("12.500");
        using var xlsx = new MemoryStream(await s.Officer.GetByteArrayAsync($"/api/v1/fairs/{s.FairId}/summary?format=xlsx"));
        var rows = Xlsx.ReadFirstSheet(xlsx);
        var total = rows.Single(r => r.Count > 0 && r[0] == "Tổng cộng");
        (total[1], total[2], total[3], total[4], total[5], total[6]).ShouldBe(("14", "3", "2", "60250000", "2", "150000000"));
        rows.ShouldContain(r => r.Count > 2 && r[0] == "Cá Đen" && r[2] == "A01, C01");
        (await s.Officer.GetAsync($"/api/v1/fairs/{s.FairId}/summary?format=doc")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The results page shows the same totals; a producer cannot withdraw after the fair started.
        (await s.Officer.GetStringAsync($"/admin/fairs/{s.FairId}/results")).ShouldContain("60.250.000 ₫");
        (await RefusedAsync(await caDen.Client.DeleteAsync($"/api/v1/fairs/{s.FairId}/applications/mine"))).ShouldContain("đã khai mạc");
        (await RefusedAsync(await ApplyAsync(saigon.Client, s.FairId, new ApplicationInput { ProductIds = [.. saigon.Products], BoothsRequested = 1 }))).ShouldContain("hết hạn");
    }
}
