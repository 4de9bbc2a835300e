using System.Net;
using Ocop.Web.Features.Accounts;

namespace Ocop.Tests.Features.Accounts;

/// <summary>Users look after their own account: forgotten and changed passwords, profile, e-mail address, sessions.</summary>
public sealed class SelfServiceTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ForgottenPassword_IsResetOnceThroughTheMailedLink_AndEndsTheOldSessions(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var email = await AccountFlows.CreateAsync(app, new NewAccount("quen@test.vn", Roles.CommuneOfficer, CommuneCode: Registry.PhuThuy));
        var oldSession = await AccountFlows.SignedInAsync(app, email);

        var asked = await OcopApp.PostFormAsync(AccountFlows.Browser(app), "/account/forgot-password", new() { ["Email"] = email.ToUpperInvariant() });
        (await asked.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"forgot-sent\"");
        var link = await Mailbox.LinkAsync(app, email, "/account/reset-password");
        // Asked again at once: the same answer, but no second mail within the minute (the form floods nobody's inbox).
        var again = await OcopApp.PostFormAsync(AccountFlows.Browser(app), "/account/forgot-password", new() { ["Email"] = email });
        (await again.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"forgot-sent\"");
        await Task.Delay(1000);
        Mailbox.To(app, email).Count.ShouldBe(1);
        (await AccountFlows.SetPasswordAsync(app, link, "Mat-khau-moi-2027")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await AccountFlows.IsSignedInAsync(oldSession)).ShouldBeFalse("a reset ends every earlier session");
        (await AccountFlows.SignInAsync(app, email, AccountFlows.Password)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await AccountFlows.SignedInAsync(app, email, "Mat-khau-moi-2027");
        (await AccountFlows.LinkStateAsync(app, link)).ShouldBe("Used");

        app.Clock.Advance(TimeSpan.FromHours(1));
        await OcopApp.PostFormAsync(AccountFlows.Browser(app), "/account/forgot-password", new() { ["Email"] = email });
        var late = await Mailbox.LinkAsync(app, email, "/account/reset-password", atLeast: 2);
        app.Clock.Advance(TimeSpan.FromHours(2.5));
        (await AccountFlows.LinkStateAsync(app, late)).ShouldBe("Expired", "reset links last two hours");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task SignedInUser_ChangesProfileAndPassword_AndSignsOutEverywhere(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var email = await AccountFlows.CreateAsync(app, new NewAccount("tu@test.vn", Roles.ProvinceOfficer, "Cán bộ", ProvinceCode: Registry.LamDong));
        var laptop = await AccountFlows.SignedInAsync(app, email);
        var phone = await AccountFlows.SignedInAsync(app, email);
        (await laptop.GetStringAsync("/account/settings")).ShouldContain("data-testid=\"open-sessions\">Số phiên đang mở (trình duyệt, thiết bị): 2");

        var profile = await OcopApp.PostFormAsync(laptop, "/account/settings?handler=Profile",
            new() { ["DisplayName"] = "Nguyễn Thị Hoa", ["Phone"] = "0263 382 1234", ["Language"] = "en" }, "/account/settings");
        profile.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await laptop.GetStringAsync("/account/settings");
        page.ShouldContain("value=\"Nguyễn Thị Hoa\"");
        page.ShouldContain("0263 382 1234");

        var wrong = await OcopApp.PostFormAsync(laptop, "/account/settings?handler=Password",
            new() { ["CurrentPassword"] = "Khong-dung-1", ["Password"] = "Mat-khau-moi-2027", ["ConfirmPassword"] = "Mat-khau-moi-2027" }, "/account/settings");
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Mật khẩu hiện tại không đúng.");
        var changed = await OcopApp.PostFormAsync(laptop, "/account/settings?handler=Password",
            new() { ["CurrentPassword"] = AccountFlows.Password, ["Password"] = "Mat-khau-moi-2027", ["ConfirmPassword"] = "Mat-khau-moi-2027" }, "/account/settings");
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AccountFlows.IsSignedInAsync(phone)).ShouldBeFalse("the other session ended with the old password");
        (await AccountFlows.IsSignedInAsync(laptop)).ShouldBeTrue("this browser carries on");

        var tablet = await AccountFlows.SignedInAsync(app, email, "Mat-khau-moi-2027");
        (await OcopApp.PostFormAsync(laptop, "/account/settings?handler=SignOutEverywhere", [], "/account/settings")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AccountFlows.IsSignedInAsync(tablet)).ShouldBeFalse();
        (await AccountFlows.IsSignedInAsync(laptop)).ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task NewEmail_TakesEffectOnlyWhenConfirmedFromTheNewAddress_AndATakenAddressIsNotRevealed(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var email = await AccountFlows.CreateAsync(app, new NewAccount("cu@test.vn", Roles.ProvinceOfficer, ProvinceCode: Registry.LamDong));
        var taken = await AccountFlows.CreateAsync(app, new NewAccount("dacoroi@test.vn", Roles.ProvinceOfficer, ProvinceCode: Registry.LamDong));
        var browser = await AccountFlows.SignedInAsync(app, email);

        async Task<HttpResponseMessage> AskAsync(string address, string password) =>
            await OcopApp.PostFormAsync(browser, "/account/settings?handler=Email", new() { ["NewEmail"] = address, ["CurrentPassword"] = password }, "/account/settings");

        (await AskAsync("moi@test.vn", "Khong-dung-1")).StatusCode.ShouldBe(HttpStatusCode.OK, "the current password is asked for");
        (await AskAsync(taken, AccountFlows.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the same answer for a taken address");
        Mailbox.To(app, taken).Single().ShouldContain("Subject: =?utf-8?B?");
        (await AskAsync("moi@test.vn", AccountFlows.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await AccountFlows.SignedInAsync(app, email);

        var link = await Mailbox.LinkAsync(app, "moi@test.vn", "/account/confirm-email");
        (await AccountFlows.LinkStateAsync(app, link)).ShouldBe("Valid");
        var token = Uri.UnescapeDataString(link[(link.IndexOf('=') + 1)..]);
        (await OcopApp.PostFormAsync(AccountFlows.Browser(app), "/account/confirm-email", new() { ["Token"] = token }, link)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await AccountFlows.IsSignedInAsync(browser)).ShouldBeFalse();
        (await AccountFlows.SignInAsync(app, email, AccountFlows.Password)).Response.StatusCode.ShouldBe(HttpStatusCode.OK, "the old address no longer signs in");
        await AccountFlows.SignedInAsync(app, "moi@test.vn");
        (await AccountFlows.LinkStateAsync(app, link)).ShouldBe("Used");
    }
}
