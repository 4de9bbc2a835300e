using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Fairs;
using static Ocop.Tests.Features.Fairs.FairData;

namespace Ocop.Tests.Features.Fairs;

/// <summary>Trade fairs over HTTP: layout rules, applications, allocation without double booking (also in parallel) and the waiting list.</summary>
public sealed class FairTests
{
    private static readonly string[] FreeRow = ["A06", "A07", "A08", "A09", "A10"];

    [Fact]
    public async Task Layout_BadFairsAndZones_AreRefusedWithTheReason()
    {
        await using var app = await OcopApp.StartAsync();
        var s = await SetupAsync(app);
        s.Plan.Booths.Count.ShouldBe(14);
        s.Plan.Booths.Count(b => b.IsCorner).ShouldBe(6);
        s.Plan.Booths.Single(b => b.Code == "C01").Price.ShouldBe(3_500_000m);

        (await Registry.RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("B", ZoneKind.KeyOcopRural, 10, 5, 3, 1), Json.Options))).ShouldContain("chồng lên");
        (await Registry.RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("B", ZoneKind.KeyOcopRural, 50, 20, 5, 1), Json.Options))).ShouldContain("ngoài mặt bằng");
        (await Registry.RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("A", ZoneKind.KeyOcopRural, 2, 20, 2, 1), Json.Options))).ShouldContain("đã có khu");
        (await Registry.RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("b1", ZoneKind.KeyOcopRural, 2, 20, 2, 1), Json.Options))).ShouldContain("chữ cái in hoa");
        (await Registry.RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("D", ZoneKind.KeyOcopRural, 2, 20, 2, 1, price: -1m), Json.Options))).ShouldContain("không âm");
        (await Registry.RefusedAsync(await s.Officer.PostAsJsonAsync($"/api/v1/fairs/{s.FairId}/zones", Zone("D", ZoneKind.KeyOcopRural, 2, 20, 2, 1, price: 1500.5m), Json.Options))).ShouldContain("số đồng nguyên");

        var backwards = Fair();
        backwards.EndsOn = backwards.StartsOn!.Value.AddDays(-1);
        (await Registry.RefusedAsync(await s.Officer.PostAsJsonAsync("/api/v1/fairs", backwards, Json.Options))).ShouldContain("từ ngày bắt đầu trở đi");
        var lateClose = Fair();
        lateClose.ApplicationsCloseOn = lateClose.StartsOn!.Value.AddDays(1);
        (await Registry.RefusedAsync(await s.Officer.PostAsJsonAsync("/api/v1/fairs", lateClose, Json.Options))).ShouldContain("không sau ngày khai mạc");

        // The hall cannot shrink under the zones laid out.
        var current = (await s.Officer.GetFromJsonAsync<FairPlan>($"/api/v1/fairs/manage/{s.FairId}", Json.Options))!.Fair;
        var smaller = Fair();
        smaller.HallWidth = 35;
        smaller.Version = current.Version;
        (await Registry.RefusedAsync(await s.Officer.PutAsJsonAsync($"/api/v1/fairs/{s.FairId}", smaller, Json.Options))).ShouldContain("nhỏ hơn các khu");

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
        (await Registry.RefusedAsync(await ApplyAsync(caDen.Client, s.FairId, new ApplicationInput { ProductIds = [.. caDen.Products], BoothsRequested = 1 }))).ShouldContain("đã đăng ký hội chợ này");
        var third = await ExhibitorAsync(app, s.Officer, "Phú Quý");
        (await Registry.RefusedAsync(await ApplyAsync(third.Client, s.FairId, new ApplicationInput { ProductIds = [.. third.Products], BoothsRequested = 3 }))).ShouldContain("số gian tối đa");
        (await Registry.RefusedAsync(await ApplyAsync(third.Client, s.FairId, new ApplicationInput { ProductIds = [caDen.Products[0]], BoothsRequested = 1 }))).ShouldContain("của đơn vị mình");
        (await Registry.RefusedAsync(await ApplyAsync(third.Client, s.FairId, new ApplicationInput { ProductIds = [], BoothsRequested = 1 }))).ShouldContain("của đơn vị mình");

        // Sequential double booking.
        (await AllocateAsync(s.Officer, s.FairId, a.Id, Booth(s.Plan, "A01"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Registry.RefusedAsync(await AllocateAsync(s.Officer, s.FairId, b.Id, Booth(s.Plan, "A01")))).ShouldContain("đã được xếp cho đơn vị khác");

        // Two officers click the same booth at the same moment, for different exhibitors: exactly one wins.
        var colleague = await Registry.OfficerAsync(app, Registry.LamDong);
        var race = await Task.WhenAll(
            AllocateAsync(s.Officer, s.FairId, a.Id, Booth(s.Plan, "A02")),
            AllocateAsync(colleague, s.FairId, b.Id, Booth(s.Plan, "A02")));
        race.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        var loser = race.Single(r => r.StatusCode != HttpStatusCode.OK);
        (await Registry.RefusedAsync(loser)).ShouldContain("đã được xếp cho đơn vị khác");

        // Many booths at once for one exhibitor asking one: only one is given.
        var c = await ApplyOkAsync(third, s.FairId, booths: 1);
        var free = FreeRow.Select(code => Booth(s.Plan, code)).ToList();
        var greedy = await Task.WhenAll(free.Select((booth, i) => AllocateAsync(i % 2 == 0 ? s.Officer : colleague, s.FairId, c.Id, booth)));
        greedy.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in greedy.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            (await Registry.RefusedAsync(refused)).ShouldContain("xếp đủ số gian");
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
        (await Registry.RefusedAsync(await s.Officer.DeleteAsync($"/api/v1/fairs/{s.FairId}/booths/{Booth(s.Plan, "A02")}/allocation"))).ShouldContain("chưa được xếp");
        (await AllocateAsync(colleague, s.FairId, other, Booth(s.Plan, "A02"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Registry.RefusedAsync(await AllocateAsync(s.Officer, s.FairId, a.Id, 999_999))).ShouldContain("không thuộc hội chợ");
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
        (await Registry.RefusedAsync(await officer.PostAsync($"/api/v1/fairs/{fair.Id}/applications/{a.Id}/waitlist", null))).ShouldContain("đủ gian");
        (await Registry.RefusedAsync(await officer.PostAsync($"/api/v1/fairs/{fair.Id}/applications/{a.Id}/reject", null))).ShouldContain("thu hồi gian");

        // The first exhibitor withdraws: both booths are free again and go to the waiting list.
        (await first.Client.DeleteAsync($"/api/v1/fairs/{fair.Id}/applications/mine")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await officer.GetFromJsonAsync<FairPlan>($"/api/v1/fairs/manage/{fair.Id}", Json.Options))!;
        after.Booths.Where(x => x.IsTaken).Select(x => x.Code).ShouldBe(["A03", "A04"]);
        (await Registry.RefusedAsync(await AllocateAsync(officer, fair.Id, a.Id, Booth(plan, "A01")))).ShouldContain("không còn hiệu lực");
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
}
