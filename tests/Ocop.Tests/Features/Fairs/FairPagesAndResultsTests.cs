using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Infrastructure;
using static Ocop.Tests.Features.Fairs.FairData;

namespace Ocop.Tests.Features.Fairs;

/// <summary>Trade fairs over HTTP: who sees what, the public plan and exhibitor list, the page forms, results after the fair and the summary report.</summary>
public sealed class FairPagesAndResultsTests
{
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
        (await Registry.RefusedAsync(await commune.PostAsJsonAsync("/api/v1/fairs", Fair(), Json.Options))).ShouldContain("cấp tỉnh");

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
        (await Registry.RefusedAsync(await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}/results", results, Json.Options))).ShouldContain("từ ngày bế mạc");

        // The fair took place last month (the officer corrects the dates).
        var current = (await s.Officer.GetFromJsonAsync<FairPlan>($"/api/v1/fairs/manage/{s.FairId}", Json.Options))!.Fair;
        var past = Fair();
        (past.StartsOn, past.EndsOn, past.ApplicationsCloseOn, past.Version) = (Today.AddDays(-30), Today.AddDays(-26), Today.AddDays(-40), current.Version);
        (await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}", past, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var negative = new ResultsInput { Visitors = 10, Exhibitors = [new ExhibitorResultInput(a.Id, -5m, 0, null)] };
        (await Registry.RefusedAsync(await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}/results", negative, Json.Options))).ShouldContain("không âm");
        var valueOnly = new ResultsInput { Exhibitors = [new ExhibitorResultInput(b.Id, 0m, 0, 5_000_000m)] };
        (await Registry.RefusedAsync(await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}/results", valueOnly, Json.Options))).ShouldContain("số hợp đồng phải lớn hơn 0");
        var stranger = new ResultsInput { Exhibitors = [new ExhibitorResultInput(999_999, 1m, 0, null)] };
        (await Registry.RefusedAsync(await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}/results", stranger, Json.Options))).ShouldContain("có gian tại hội chợ");
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
        (await Registry.RefusedAsync(await caDen.Client.DeleteAsync($"/api/v1/fairs/{s.FairId}/applications/mine"))).ShouldContain("đã khai mạc");
        (await Registry.RefusedAsync(await ApplyAsync(saigon.Client, s.FairId, new ApplicationInput { ProductIds = [.. saigon.Products], BoothsRequested = 1 }))).ShouldContain("hết hạn");
    }
}
