using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.Users;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Accounts;

/// <summary>Officers manage accounts on screen and over the API, within what they may grant, and every change is audited.</summary>
public sealed class UserManagementTests
{
    private static async Task<UserDetails> InviteAsync(HttpClient manager, UserInput input)
    {
        var response = await manager.PostAsJsonAsync("/api/v1/users", input, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UserDetails>(Json.Options))!;
    }

    private static UserInput Producer(int producerId, string email) =>
        new() { Email = email, DisplayName = "Trần Thị Mai", Role = Roles.Producer, ProducerId = producerId, Phone = "0912 345 678" };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ProvinceOfficer_InvitesAProducer_WhoSetsAPasswordOnce_AndLandsOnTheirPortal(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX chè Cầu Đất"));
        var invited = await InviteAsync(officer, Producer(producer.Id, "mai@caudat.vn"));
        invited.User.Status.ShouldBe(UserStatus.Invited);
        invited.User.ProducerName.ShouldBe("HTX chè Cầu Đất");
        invited.InvitationExpiresAt.ShouldNotBeNull().ShouldBe(app.Clock.GetUtcNow().UtcDateTime.AddHours(72), TimeSpan.FromMinutes(1));
        invited.History.Select(h => h.Action).ShouldBe([UserActions.Invited]);

        // Invited, the account cannot sign in: it has no password at all.
        (await AccountFlows.SignInAsync(app, "mai@caudat.vn", AccountFlows.Password)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var link = await Mailbox.LinkAsync(app, "mai@caudat.vn", "/account/invitation");
        Mailbox.To(app, "mai@caudat.vn").Single().ShouldContain("72");
        (await AccountFlows.LinkStateAsync(app, link)).ShouldBe("Valid");
        (await AccountFlows.SetPasswordAsync(app, link, "ngan")).StatusCode.ShouldBe(HttpStatusCode.OK, "a weak password is refused on the page");
        (await AccountFlows.SetPasswordAsync(app, link, AccountFlows.Password, "Mat-khau-khac-1")).StatusCode.ShouldBe(HttpStatusCode.OK, "two different passwords are refused");
        var set = await AccountFlows.SetPasswordAsync(app, link, AccountFlows.Password);
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        set.Headers.Location!.ToString().ShouldBe("/account/login");

        (await AccountFlows.LinkStateAsync(app, link)).ShouldBe("Used");
        (await AccountFlows.SetPasswordAsync(app, link, "Mat-khau-moi-2027")).StatusCode.ShouldBe(HttpStatusCode.OK, "a used link sets nothing");
        var (signIn, browser) = await AccountFlows.SignInAsync(app, "mai@caudat.vn", AccountFlows.Password);
        signIn.Headers.Location!.ToString().ShouldBe("/account/home");
        var home = await browser.GetAsync("/account/home");
        home.Headers.Location!.ToString().ShouldBe("/portal");
        (await browser.GetStringAsync("/portal")).ShouldContain("HTX chè Cầu Đất");

        var active = await officer.GetFromJsonAsync<UserDetails>($"/api/v1/users/{invited.User.Id}", Json.Options);
        active!.User.Status.ShouldBe(UserStatus.Active);
        active.User.LastSignInAt.ShouldNotBeNull();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ProvinceOfficer_CannotGrantAboveTheirOwn_NorTouchAnotherProvincesAccounts(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var national = await app.SignInAsync(new NewAccount($"admin{Guid.NewGuid():N}@test.vn", Roles.NationalAdmin));
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var hcmOfficer = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        var hcmProducer = await Registry.CreateProducerAsync(hcmOfficer, Registry.Producer("HTX Tân Mỹ", Registry.ThuongTan));

        async Task RefusedAsync(UserInput input, string field)
        {
            var body = await Registry.RefusedAsync(await officer.PostAsJsonAsync("/api/v1/users", input, Json.Options));
            body.ShouldContain($"\"{field}\"");
        }

        await RefusedAsync(new() { Email = "a1@test.vn", DisplayName = "A", Role = Roles.NationalAdmin }, "Role");
        await RefusedAsync(new() { Email = "a2@test.vn", DisplayName = "A", Role = Roles.ProvinceOfficer, ProvinceCode = Registry.LamDong }, "Role");
        await RefusedAsync(new() { Email = "a3@test.vn", DisplayName = "A", Role = Roles.CommuneOfficer, CommuneCode = Registry.ThuongTan }, "Role");
        await RefusedAsync(new() { Email = "a4@test.vn", DisplayName = "A", Role = Roles.CouncilMember, ProvinceCode = Registry.HoChiMinh, Organisation = "Sở Công Thương" }, "Role");
        await RefusedAsync(Producer(hcmProducer.Id, "a5@test.vn"), "Role");
        await RefusedAsync(new() { Email = "a6@test.vn", DisplayName = "A", Role = Roles.CouncilMember }, "Organisation");
        await RefusedAsync(new() { Email = "not-an-address", DisplayName = "A", Role = Roles.CommuneOfficer, CommuneCode = Registry.PhuThuy }, "Email");

        // Within the province: a commune officer, and a council member placed in the officer's own province.
        var commune = await InviteAsync(officer, new() { Email = "xa@phuthuy.vn", DisplayName = "Lê Văn Xã", Role = Roles.CommuneOfficer, CommuneCode = Registry.PhuThuy });
        var member = await InviteAsync(officer, new() { Email = "hd@sct.vn", DisplayName = "Phạm Hội Đồng", Role = Roles.CouncilMember, Organisation = "Sở Công Thương Lâm Đồng" });
        member.User.ProvinceCode.ShouldBe(Registry.LamDong);
        member.User.Organisation.ShouldBe("Sở Công Thương Lâm Đồng");
        await RefusedAsync(new() { Email = "xa@phuthuy.vn", DisplayName = "Lê Văn Xã", Role = Roles.CommuneOfficer, CommuneCode = Registry.PhuThuy }, "Email");

        // Promoting one's own commune officer to province officer is refused, and nothing changed.
        var promote = await officer.PutAsJsonAsync($"/api/v1/users/{commune.User.Id}",
            new UserInput { DisplayName = "Lê Văn Xã", Role = Roles.ProvinceOfficer, ProvinceCode = Registry.LamDong }, Json.Options);
        (await Registry.RefusedAsync(promote)).ShouldContain("\"Role\"");
        (await officer.GetFromJsonAsync<UserDetails>($"/api/v1/users/{commune.User.Id}", Json.Options))!.User.Role.ShouldBe(Roles.CommuneOfficer);

        // Another province's accounts do not exist for this officer; the national administrator sees all.
        var hcmCommune = await InviteAsync(national, new() { Email = "xa@thuongtan.vn", DisplayName = "Xã Thường Tân", Role = Roles.CommuneOfficer, CommuneCode = Registry.ThuongTan });
        (await officer.GetAsync($"/api/v1/users/{hcmCommune.User.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.PostAsync($"/api/v1/users/{hcmCommune.User.Id}/disable", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.PutAsJsonAsync($"/api/v1/users/{hcmCommune.User.Id}",
            new UserInput { DisplayName = "X", Role = Roles.CommuneOfficer, CommuneCode = Registry.PhuThuy }, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.GetAsync($"/admin/users/{hcmCommune.User.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = await officer.GetFromJsonAsync<PagedResult<UserListItem>>("/api/v1/users?pageSize=100", Json.Options);
        listed!.Items.Select(u => u.Email).ShouldBe(["hd@sct.vn", "xa@phuthuy.vn"], ignoreOrder: true);
        var all = await national.GetFromJsonAsync<PagedResult<UserListItem>>("/api/v1/users?role=CommuneOfficer&status=Invited", Json.Options);
        all!.Items.Select(u => u.Email).ShouldBe(["xa@phuthuy.vn", "xa@thuongtan.vn"], ignoreOrder: true);
        (await national.GetFromJsonAsync<PagedResult<UserListItem>>("/api/v1/users?province=79&role=CommuneOfficer", Json.Options))!
            .Items.Single().Email.ShouldBe("xa@thuongtan.vn");

        // Commune officers, producers and council members manage no accounts.
        var communeOfficer = await app.SignInAsync(new NewAccount($"c{Guid.NewGuid():N}@test.vn", Roles.CommuneOfficer, CommuneCode: Registry.PhuThuy));
        (await communeOfficer.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await communeOfficer.GetAsync("/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task DisablingAnAccount_StopsItsCookieAndToken_OnTheNextRequest_AndANewRoleEndsItsSessions(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer("Cơ sở Bảo Long"));
        var email = await AccountFlows.CreateAsync(app, new NewAccount("baolong@test.vn", Roles.Producer, "Bảo Long", ProducerId: producer.Id));
        var browser = await AccountFlows.SignedInAsync(app, email);
        var token = AccountFlows.WithToken(app, await AccountFlows.TokenAsync(browser));
        (await token.GetAsync($"/api/v1/producers/{producer.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = (await officer.GetFromJsonAsync<PagedResult<UserListItem>>("/api/v1/users?q=baolong", Json.Options))!.Items.Single().Id;

        var disabled = await officer.PostAsync($"/api/v1/users/{id}/disable", null);
        disabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AccountFlows.IsSignedInAsync(browser)).ShouldBeFalse();
        (await token.GetAsync($"/api/v1/producers/{producer.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await AccountFlows.SignInAsync(app, email, AccountFlows.Password)).Response.StatusCode.ShouldBe(HttpStatusCode.OK, "a disabled account cannot sign in");
        (await officer.PostAsync($"/api/v1/users/{id}/password-reset", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await officer.PostAsync($"/api/v1/users/{id}/enable", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await token.GetAsync($"/api/v1/producers/{producer.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AccountFlows.IsSignedInAsync(browser)).ShouldBeFalse("the ended session stays ended");

        // A new unit: the old claims are in the cookie, so the session ends and the next sign-in carries the new ones.
        var again = await AccountFlows.SignedInAsync(app, email);
        var other = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Hòa Lệ"));
        (await officer.PutAsJsonAsync($"/api/v1/users/{id}", Producer(other.Id, email), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AccountFlows.IsSignedInAsync(again)).ShouldBeFalse();
        var moved = await AccountFlows.SignedInAsync(app, email);
        (await moved.GetAsync($"/api/v1/producers/{other.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moved.GetAsync($"/api/v1/producers/{producer.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var history = (await officer.GetFromJsonAsync<UserDetails>($"/api/v1/users/{id}", Json.Options))!.History;
        history.Select(h => h.Action).ShouldBe([UserActions.Changed, UserActions.Enabled, UserActions.Disabled]);
        history.ShouldAllBe(h => h.By != null && h.By.StartsWith("officer"));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Invitation_Expired_Withdrawn_AndUnknownLinks_EachSayWhat_AndAnExpiredOneAsksForANewOne(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var user = await InviteAsync(officer, new() { Email = "xa2@phuthuy.vn", DisplayName = "Xã", Role = Roles.CommuneOfficer, CommuneCode = Registry.PhuThuy });
        var first = await Mailbox.LinkAsync(app, "xa2@phuthuy.vn", "/account/invitation");

        (await officer.PostAsync($"/api/v1/users/{user.User.Id}/invitation", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var second = await Mailbox.LinkAsync(app, "xa2@phuthuy.vn", "/account/invitation", atLeast: 2);
        second.ShouldNotBe(first);
        (await AccountFlows.LinkStateAsync(app, first)).ShouldBe("Revoked");
        (await AccountFlows.LinkStateAsync(app, "/account/invitation?token=l_nothing")).ShouldBe("Unknown");
        (await AccountFlows.LinkStateAsync(app, "/account/reset-password?token=" + second[(second.IndexOf('=') + 1)..])).ShouldBe("Unknown", "an invitation is no reset link");

        app.Clock.Advance(TimeSpan.FromHours(73));
        (await AccountFlows.LinkStateAsync(app, second)).ShouldBe("Expired");
        (await AccountFlows.SetPasswordAsync(app, second, AccountFlows.Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "an expired link sets nothing");
        var browser = AccountFlows.Browser(app);
        var renew = await OcopApp.PostFormAsync(browser, "/account/invitation?handler=Renew", new() { ["Token"] = Uri.UnescapeDataString(second[(second.IndexOf('=') + 1)..]) }, second);
        renew.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var third = await Mailbox.LinkAsync(app, "xa2@phuthuy.vn", "/account/invitation", atLeast: 3);
        (await AccountFlows.SetPasswordAsync(app, third, AccountFlows.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await AccountFlows.SignedInAsync(app, "xa2@phuthuy.vn");
        (await officer.PostAsync($"/api/v1/users/{user.User.Id}/invitation", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "an active account gets a reset link, not an invitation");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ACouncilMembersAccount_CarriesTheBodyTheyRepresent_WhichSeatingTakesWhenNoneIsNamed(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var unknown = await officer.PostAsJsonAsync("/api/v1/users", new UserInput
        {
            Email = "hd1@sct.vn", DisplayName = "Võ Thị Sở", Role = Roles.CouncilMember, Organisation = "Sở Công Thương Lâm Đồng", CouncilBody = "so-khong-co",
        }, Json.Options);
        (await Registry.RefusedAsync(unknown)).ShouldContain("\"CouncilBody\"");
        var member = await InviteAsync(officer, new()
        {
            Email = "hd1@sct.vn", DisplayName = "Võ Thị Sở", Role = Roles.CouncilMember, Organisation = "Sở Công Thương Lâm Đồng", CouncilBody = "so-ct",
        });
        member.CouncilBody.ShouldBe("so-ct");

        var created = await officer.PostAsJsonAsync("/api/v1/batches",
            new BatchInput("Đợt 2 năm 2026", 2026, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 15), "Tổ tư vấn"), Json.Options);
        var batch = (await created.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!;
        batch.Composition.ShouldNotBeNull("the batch is under 26/2026, whose council rules name bodies");
        (await officer.PostAsJsonAsync($"/api/v1/batches/{batch.Id}/seats", new SeatInput("hd1@sct.vn", CouncilRole.Member), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var seated = await officer.GetFromJsonAsync<BatchDetails>($"/api/v1/batches/{batch.Id}", Json.Options);
        seated!.Council.Single().Body.ShouldBe("so-ct");
    }
}
