using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Tests.Features.Accounts;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Onboarding;
using Ocop.Web.Features.Producers;

namespace Ocop.Tests.Features.Onboarding;

/// <summary>Producers ask to join: confirmed by e-mail, decided by the officers of their commune or province, told either way.</summary>
public sealed class JoinRequestTests
{
    private static JoinInput Household(string email = "hoa@nongtrai.vn") => new()
    {
        Kind = ProducerType.Household, Name = "Hộ kinh doanh Lê Thị Hoa", ProvinceCode = Registry.LamDong, CommuneCode = Registry.PhuThuy,
        AddressLine = "Thôn 3", ContactName = "Lê Thị Hoa", Email = email, Phone = "0987 654 321",
        ProductName = "Mứt dâu tằm", ProductDescription = "Mứt dâu tằm sên tay, không chất bảo quản.",
    };

    private static async Task<int> AskAndConfirmAsync(OcopApp app, JoinInput input, HttpClient client)
    {
        (await client.PostAsJsonAsync("/api/v1/join-requests", input, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var link = await Mailbox.LinkAsync(app, input.Email!, "/join/confirm");
        var token = link[(link.IndexOf('=') + 1)..];
        var confirmed = await OcopApp.PostFormAsync(client, "/join/confirm", new() { ["token"] = token }, link);
        (await confirmed.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"join-confirmed\"");
        return await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().JoinRequests.Where(r => r.Email == input.Email).Select(r => r.Id).SingleAsync());
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task AHousehold_AsksToJoin_ConfirmsItsEmail_AndItsCommuneOfficerApproves_MakingTheProducerAndInvitingItsAccount(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var commune = await app.SignInAsync(new NewAccount($"xa{Guid.NewGuid():N}@test.vn", Roles.CommuneOfficer, CommuneCode: Registry.PhuThuy));
        var otherProvince = await Registry.OfficerAsync(app, Registry.HoChiMinh);

        var client = AccountFlows.Browser(app, "192.0.2.10");
        (await client.PostAsJsonAsync("/api/v1/join-requests", Household(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await commune.GetFromJsonAsync<List<JoinRequestItem>>("/api/v1/join-requests", Json.Options))!.ShouldBeEmpty("unconfirmed requests reach nobody");
        var link = await Mailbox.LinkAsync(app, "hoa@nongtrai.vn", "/join/confirm");
        await OcopApp.PostFormAsync(client, "/join/confirm", new() { ["token"] = link[(link.IndexOf('=') + 1)..] }, link);

        var waiting = (await commune.GetFromJsonAsync<List<JoinRequestItem>>("/api/v1/join-requests", Json.Options))!.Single();
        waiting.Status.ShouldBe(JoinRequestStatus.Waiting);
        waiting.ProductName.ShouldBe("Mứt dâu tằm");
        (await otherProvince.GetAsync($"/api/v1/join-requests/{waiting.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherProvince.PostAsJsonAsync($"/api/v1/join-requests/{waiting.Id}/approve", new JoinDecision { Version = waiting.Version }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var approved = await commune.PostAsJsonAsync($"/api/v1/join-requests/{waiting.Id}/approve", new JoinDecision { Version = waiting.Version }, Json.Options);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        var done = (await approved.Content.ReadFromJsonAsync<JoinRequestItem>(Json.Options))!;
        done.Status.ShouldBe(JoinRequestStatus.Approved);
        var producer = await commune.GetFromJsonAsync<ProducerDetails>($"/api/v1/producers/{done.ProducerId}/record", Json.Options);
        producer!.Name.ShouldBe("Hộ kinh doanh Lê Thị Hoa");
        producer.CommuneCode.ShouldBe(Registry.PhuThuy);
        (await commune.PostAsJsonAsync($"/api/v1/join-requests/{waiting.Id}/approve", new JoinDecision { Version = waiting.Version }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict, "decided once");

        // The applicant's account: invited, bound to the new producer.
        var invitation = await Mailbox.LinkAsync(app, "hoa@nongtrai.vn", "/account/invitation");
        (await AccountFlows.SetPasswordAsync(app, invitation, AccountFlows.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var owner = await AccountFlows.SignedInAsync(app, "hoa@nongtrai.vn");
        (await owner.GetAsync($"/api/v1/producers/{done.ProducerId}/record")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task AProvinceOfficer_Refuses_WithAReason_MailedInTheApplicantsLanguage(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var client = AccountFlows.Browser(app, "192.0.2.11");
        await client.GetAsync("/language/en");
        var input = Household("farm@example.com");
        input.Kind = ProducerType.Cooperative;
        var refused = await client.PostAsJsonAsync("/api/v1/join-requests", input, Json.Options);
        (await Registry.RefusedAsync(refused)).ShouldContain("\"TaxCode\"");
        input.TaxCode = "5800123456";
        input.Name = "HTX dâu tằm Phú Thủy";
        var id = await AskAndConfirmAsync(app, input, client);
        Mailbox.To(app, "farm@example.com").Single().ShouldContain("We received the request of HTX dâu tằm Phú Thủy to join OCOP");

        var item = await officer.GetFromJsonAsync<JoinRequestItem>($"/api/v1/join-requests/{id}", Json.Options);
        (await Registry.RefusedAsync(await officer.PostAsJsonAsync($"/api/v1/join-requests/{id}/refuse", new JoinDecision { Version = item!.Version }, Json.Options)))
            .ShouldContain("\"Reason\"");
        (await officer.PostAsJsonAsync($"/api/v1/join-requests/{id}/refuse",
            new JoinDecision { Version = item.Version, Reason = "Sản phẩm chưa có giấy chứng nhận an toàn thực phẩm." }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mails = Mailbox.To(app, "farm@example.com");
        mails.Count.ShouldBe(2);
        mails[^1].ShouldContain("Sản phẩm chưa có giấy chứng nhận an toàn thực phẩm.");
        mails[^1].ShouldContain("The OCOP officers have not accepted");
        (await officer.GetFromJsonAsync<List<JoinRequestItem>>("/api/v1/join-requests?status=Refused", Json.Options))!.Single().Id.ShouldBe(id);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Robots_AndFloods_AreTurnedAway_AsForBuyerInquiries(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var client = AccountFlows.Browser(app, "192.0.2.12");
        var bot = Household("bot@spam.example");
        bot.Website = "http://spam.example";
        (await client.PostAsJsonAsync("/api/v1/join-requests", bot, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Accepted, "a robot learns nothing");
        Mailbox.To(app, "bot@spam.example").ShouldBeEmpty();

        for (var i = 0; i < 2; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/join-requests", Household($"h{i}@test.vn"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        (await Registry.RefusedAsync(await client.PostAsJsonAsync("/api/v1/join-requests", Household("h9@test.vn"), Json.Options))).ShouldContain("một giờ");
        (await AccountFlows.Browser(app, "192.0.2.13").PostAsJsonAsync("/api/v1/join-requests", Household("h9@test.vn"), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted, "another client has its own allowance");
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().JoinRequests.CountAsync());
        stored.ShouldBe(3);
    }
}
