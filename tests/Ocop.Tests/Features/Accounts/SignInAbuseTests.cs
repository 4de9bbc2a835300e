using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Ocop.Web.Features.Accounts;

namespace Ocop.Tests.Features.Accounts;

/// <summary>
/// Wrong passwords slow and stop whoever types them, not the account's owner; nothing tells whether an address has an
/// account; signing out ends the session on the server.
/// </summary>
public sealed partial class SignInAbuseTests
{
    private static readonly Dictionary<string, string?> FastLimits = new()
    {
        ["Ocop:SignIn:DelayStepMs"] = "0", ["Ocop:SignIn:PerAddress"] = "8",
        ["Ocop:SignIn:TargetedFailures"] = "9", ["Ocop:SignIn:TargetedAddresses"] = "3",
    };

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task AStrangersWrongPasswords_StopTheStranger_NotTheOwner_NorTheOwnersToken(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine, FastLimits);
        var email = await AccountFlows.CreateAsync(app, new NewAccount("owner@test.vn", Roles.ProvinceOfficer, ProvinceCode: Registry.LamDong));
        var token = AccountFlows.WithToken(app, await AccountFlows.TokenAsync(await AccountFlows.SignedInAsync(app, email, address: "10.0.0.1")));

        for (var i = 0; i < 5; i++)
        {
            (await AccountFlows.SignInAsync(app, email, "Sai-mat-khau-" + i, "203.0.113.7")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var throttled = (await AccountFlows.SignInAsync(app, email, AccountFlows.Password, "203.0.113.7")).Response;
        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "even the right password waits at that address");
        throttled.Headers.RetryAfter.ShouldNotBeNull();

        await AccountFlows.SignedInAsync(app, email, address: "10.0.0.1");
        (await token.GetAsync("/api/v1/dossiers")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // One address guessing many accounts is stopped as a whole.
        for (var i = 0; i < 3; i++)
        {
            (await AccountFlows.SignInAsync(app, $"guess{i}@test.vn", "Sai-mat-khau-1", "203.0.113.7")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await AccountFlows.SignInAsync(app, "another@test.vn", "Sai-mat-khau-1", "203.0.113.7")).Response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await AccountFlows.SignInAsync(app, "another@test.vn", "Sai-mat-khau-1", "198.51.100.1")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ATargetedGuess_FromManyAddresses_LocksPasswordSignIn_ButNotTheTokens_AndAResetLinkUnlocks(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine, FastLimits);
        var email = await AccountFlows.CreateAsync(app, new NewAccount("target@test.vn", Roles.ProvinceOfficer, ProvinceCode: Registry.LamDong));
        var token = AccountFlows.WithToken(app, await AccountFlows.TokenAsync(await AccountFlows.SignedInAsync(app, email)));
        foreach (var address in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
        {
            for (var i = 0; i < 3; i++)
            {
                await AccountFlows.SignInAsync(app, email, "Sai-mat-khau-" + i, address);
            }
        }

        var locked = (await AccountFlows.SignInAsync(app, email, AccountFlows.Password, "10.0.0.9")).Response;
        locked.StatusCode.ShouldBe(HttpStatusCode.OK, "locked: the right password does not sign in");
        (await locked.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"login-error\"");
        (await token.GetAsync("/api/v1/dossiers")).StatusCode.ShouldBe(HttpStatusCode.OK, "the token keeps working");

        await OcopApp.PostFormAsync(AccountFlows.Browser(app, "10.0.0.9"), "/account/forgot-password", new() { ["Email"] = email });
        var link = await Mailbox.LinkAsync(app, email, "/account/reset-password");
        (await AccountFlows.SetPasswordAsync(app, link, "Mat-khau-moi-2027")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await AccountFlows.SignedInAsync(app, email, "Mat-khau-moi-2027", "10.0.0.9");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task NoAnswer_TellsWhetherAnAddressHasAnAccount_NeitherByItsTextNorItsTime(Engine engine)
    {
        // The usual limits but no delay: twenty-four failures from twenty-four addresses are neither throttled nor a targeted guess.
        await using var app = await OcopApp.StartAsync(engine, new Dictionary<string, string?> { ["Ocop:SignIn:DelayStepMs"] = "0" });
        var email = await AccountFlows.CreateAsync(app, new NewAccount("known@test.vn", Roles.NationalAdmin));
        // Attempts for the account and for unknown addresses, taken in alternating order so that both kinds see the same
        // load on the machine; only the sign-in post is timed (the form's page is fetched first). Load on a busy machine
        // only ever adds time, in bursts, so each kind's time is read from its faster attempts (the lower quartile): a
        // missing password hash shows there as plainly as on a quiet machine, while a burst on a few attempts does not.
        var times = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        string? knownPage = null, unknownPage = null;
        for (var i = 0; i < 24; i++)
        {
            foreach (var isKnown in i % 2 == 0 ? new[] { true, false } : [false, true])
            {
                var address = isKnown ? email : $"nobody{i}@test.vn";
                var client = AccountFlows.Browser(app, $"198.51.{i}.{(isKnown ? 1 : 2)}");
                var form = await OcopApp.FormAsync(client, "/account/login", new() { ["Input.Email"] = address, ["Input.Password"] = "Sai-mat-khau-1" });
                var watch = Stopwatch.StartNew();
                var response = await client.PostAsync("/account/login", form);
                times[isKnown].Add(watch.Elapsed.TotalMilliseconds);
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                var page = Normalise(await response.Content.ReadAsStringAsync(), address);
                (knownPage, unknownPage) = isKnown ? (page, unknownPage) : (knownPage, page);
            }
        }

        unknownPage.ShouldBe(knownPage);
        // Without the decoy, an unknown address answers sooner by one password hash; with it, the two kinds differ by noise.
        var hash = HashCostMs();
        var (known, unknown) = (LowerQuartile(times[true]), LowerQuartile(times[false]));
        Math.Abs(known - unknown).ShouldBeLessThan(hash / 2, $"faster attempts: account {known:F0} ms, unknown address {unknown:F0} ms; one password hash {hash:F0} ms");

        // Forgot password: the same page at once, whether or not the address has an account.
        var sent = new List<(string Page, double Ms)>();
        foreach (var address in new[] { email, "nobody@test.vn" })
        {
            var watch = Stopwatch.StartNew();
            var response = await OcopApp.PostFormAsync(AccountFlows.Browser(app), "/account/forgot-password", new() { ["Email"] = address });
            sent.Add((Normalise(await response.Content.ReadAsStringAsync(), address), watch.Elapsed.TotalMilliseconds));
        }

        sent[1].Page.ShouldBe(sent[0].Page);
        await Mailbox.LinkAsync(app, email, "/account/reset-password");
        Mailbox.To(app, "nobody@test.vn").ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task SigningOut_EndsTheSessionOnTheServer_SoACopiedCookieNoLongerWorks(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var email = await AccountFlows.CreateAsync(app, new NewAccount("leaving@test.vn", Roles.ProvinceOfficer, ProvinceCode: Registry.LamDong));
        var (signIn, browser) = await AccountFlows.SignInAsync(app, email, AccountFlows.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ocop.auth=", StringComparison.Ordinal)).Split(';')[0];
        var copy = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        (await copy.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Past Identity's half-hourly re-check the session carries on (the renewed cookie keeps its session).
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        for (var i = 0; i < 2; i++)
        {
            (await browser.GetAsync("/admin")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await OcopApp.PostFormAsync(browser, "/account/logout", [], "/admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await copy.GetAsync("/admin");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    /// <summary>What one password check costs on this machine now (the fastest of five).</summary>
    private static double HashCostMs()
    {
        var hasher = new Microsoft.AspNetCore.Identity.PasswordHasher<OcopUser>();
        var hash = hasher.HashPassword(new OcopUser(), "Mat-khau-2026");
        return Enumerable.Range(0, 5).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            hasher.VerifyHashedPassword(new OcopUser(), hash, "Sai-mat-khau-1");
            return watch.Elapsed.TotalMilliseconds;
        }).Min();
    }

    private static double LowerQuartile(List<double> values) => values.Order().ElementAt(values.Count / 4);

    /// <summary>The page without what differs by nature between two answers: the form token and the typed address.</summary>
    private static string Normalise(string page, string address) =>
        FormToken().Replace(page, "").Replace(address, "ADDRESS", StringComparison.Ordinal);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex FormToken();
}
