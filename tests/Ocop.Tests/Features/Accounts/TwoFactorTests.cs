using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Accounts.ApiTokens;

namespace Ocop.Tests.Features.Accounts;

/// <summary>Two-factor sign-in: required of province officers and national administrators when the setting is on, optional for others.</summary>
public sealed partial class TwoFactorTests
{
    // Codes are computed on the real clock, as Identity checks them (its TOTP does not read the app's TimeProvider).
    private static readonly Dictionary<string, string?> Required = new() { ["Ocop:Security:RequireTwoFactorForOfficers"] = "true" };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ProvinceOfficer_MustSetUpAnAuthenticator_ThenSignsInWithItsCode_OrOnceWithARecoveryCode(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine, Required);
        var email = await AccountFlows.CreateAsync(app, new NewAccount("tinh@test.vn", Roles.ProvinceOfficer, ProvinceCode: Registry.LamDong));
        var browser = await AccountFlows.SignedInAsync(app, email);
        var blocked = await browser.GetAsync("/admin");
        blocked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        blocked.Headers.Location!.ToString().ShouldBe("/account/two-factor");
        (await browser.GetAsync("/api/v1/dossiers")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The officer's API token (made before the requirement, say) is no browser sign-in: it keeps working.
        var secret = await app.WithScopeAsync(async s =>
        {
            var user = await s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OcopUser>>().FindByEmailAsync(email);
            return (await s.GetRequiredService<ApiTokenService>().CreateAsync(user!.Id, new NewApiToken("Đồng bộ", 30))).Value!.Token;
        });
        (await AccountFlows.WithToken(app, secret).GetAsync("/api/v1/dossiers")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var setup = await browser.GetStringAsync("/account/two-factor");
        var key = Key().Match(setup).Groups[1].Value;
        key.ShouldNotBeEmpty();
        var wrong = await OcopApp.PostFormAsync(browser, "/account/two-factor?handler=Enable", new() { ["Code"] = "000000" }, "/account/two-factor");
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Mã không đúng");
        var enabled = await OcopApp.PostFormAsync(browser, "/account/two-factor?handler=Enable",
            new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "/account/two-factor");
        var codes = RecoveryCode().Matches(await enabled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        codes.Count.ShouldBe(10);
        (await browser.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.OK, "this browser now has both factors");
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        (await browser.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.OK, "the security-stamp re-check keeps the second factor");
        (await browser.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Next time: the password, then the code.
        var (password, second) = await AccountFlows.SignInAsync(app, email, AccountFlows.Password);
        password.Headers.Location!.ToString().ShouldStartWith("/account/two-factor-sign-in");
        (await second.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the password alone signs nobody in");
        var bad = await OcopApp.PostFormAsync(second, "/account/two-factor-sign-in", new() { ["Code"] = "123456" });
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var good = await OcopApp.PostFormAsync(second, "/account/two-factor-sign-in", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        good.Headers.Location!.ToString().ShouldBe("/account/home");
        (await second.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A recovery code works once.
        foreach (var expected in new[] { HttpStatusCode.Redirect, HttpStatusCode.OK })
        {
            var (_, phoneless) = await AccountFlows.SignInAsync(app, email, AccountFlows.Password);
            var recovery = await OcopApp.PostFormAsync(phoneless, "/account/two-factor-sign-in", new() { ["Code"] = codes[0], ["UseRecoveryCode"] = "true" });
            recovery.StatusCode.ShouldBe(expected);
        }

        // Required for the role: it cannot be turned off.
        var off = await OcopApp.PostFormAsync(second, "/account/two-factor?handler=Disable", [], "/account/two-factor");
        off.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await off.Content.ReadAsStringAsync()).ShouldContain("data-enabled=\"true\"");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Producers_AreNotForced_ButMayTurnItOnAndOff(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine, Required);
        var officer = await AccountFlows.CreateAsync(app, new NewAccount("xa@test.vn", Roles.CommuneOfficer, CommuneCode: Registry.PhuThuy));
        (await (await AccountFlows.SignedInAsync(app, officer)).GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.OK, "commune officers are not forced");

        var council = await AccountFlows.CreateAsync(app, new NewAccount("hd@test.vn", Roles.CouncilMember));
        var browser = await AccountFlows.SignedInAsync(app, council);
        (await browser.GetAsync("/council")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var key = Key().Match(await browser.GetStringAsync("/account/two-factor")).Groups[1].Value;
        await OcopApp.PostFormAsync(browser, "/account/two-factor?handler=Enable", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "/account/two-factor");
        (await AccountFlows.SignInAsync(app, council, AccountFlows.Password)).Response.Headers.Location!.ToString().ShouldStartWith("/account/two-factor-sign-in");
        (await OcopApp.PostFormAsync(browser, "/account/two-factor?handler=Disable", [], "/account/two-factor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await AccountFlows.SignedInAsync(app, council);
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([a-z0-9 ]+)<")]
    private static partial Regex Key();

    [GeneratedRegex(@"<li class=""col"">([A-Z0-9]{5}-[A-Z0-9]{5})</li>")]
    private static partial Regex RecoveryCode();
}
