using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>
/// A province runs its accounts on screen: an officer invites a producer, who sets a password from the mail, lands on
/// their to-dos, forgets it and resets it; the officer turns on two-factor sign-in; a household asks to join and its
/// commune officer approves it.
/// </summary>
public sealed class AccountsJourneyTests
{
    [Fact]
    public async Task ProvinceRunsItsAccounts_InvitationResetTwoFactorAndAJoinRequest()
    {
        await using var session = await BrowserSession.StartAsync();
        var (browser, app, baseUrl) = (session.Browser, session.App, session.BaseUrl);
        var (producerId, _) = await Journey.SeedFishSauceAsync(app);
        var officerEmail = $"tinh{Guid.NewGuid():N}@lamdong.gov.vn";
        var officerPassword = await Journey.CreateAccountAsync(app, new NewAccount(officerEmail, Roles.ProvinceOfficer, "Nguyễn Văn Tỉnh", ProvinceCode: "68"));

        // The officer invites the producer's owner.
        var officer = await browser.NewPageAsync();
        await officer.GotoAsync(baseUrl + "/account/login");
        await Accessibility.CheckAsync(officer);
        await Journey.SignInAsync(officer, baseUrl, officerEmail, officerPassword);
        await officer.WaitForURLAsync("**/admin");
        await Accessibility.CheckAsync(officer);
        await officer.GotoAsync(baseUrl + "/account/settings");
        await Accessibility.CheckAsync(officer);
        await officer.GotoAsync(baseUrl + "/admin/users");
        await Accessibility.CheckAsync(officer);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Mời người dùng" }).ClickAsync();
        await officer.FillAsync("#Input_Email", "chu@caden.vn");
        await officer.FillAsync("#Input_DisplayName", "Trần Văn Chủ");
        await officer.SelectOptionAsync("#Input_Role", Roles.Producer);
        await officer.SelectOptionAsync("#Input_ProducerId", producerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Accessibility.CheckAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản và gửi lời mời" }).ClickAsync();
        await officer.GetByTestId("user-status").WaitForAsync();
        (await officer.GetByTestId("user-status").GetAttributeAsync("data-status")).ShouldBe("Invited");
        await Accessibility.CheckAsync(officer);
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("90-user-invited"), FullPage = true });

        // The producer follows the mailed link, sets a password, signs in and lands on their to-dos.
        var producer = await browser.NewPageAsync();
        await producer.GotoAsync(baseUrl + await Mailbox.LinkAsync(app, "chu@caden.vn", "/account/invitation"));
        await Accessibility.CheckAsync(producer);
        await producer.FillAsync("#Password", "Ca-den-2026-moi");
        await producer.FillAsync("#ConfirmPassword", "Ca-den-2026-moi");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Lưu mật khẩu" }).ClickAsync();
        await producer.WaitForURLAsync("**/account/login");
        await Journey.SignInAsync(producer, baseUrl, "chu@caden.vn", "Ca-den-2026-moi");
        await producer.WaitForURLAsync("**/portal");
        await producer.GetByRole(AriaRole.Heading, new() { Name = "Việc cần làm" }).WaitForAsync();
        await Accessibility.CheckAsync(producer);
        await producer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("91-producer-home"), FullPage = true });

        // Forgotten: the reset link from the mail sets a new one.
        await producer.Context.ClearCookiesAsync();
        await producer.GotoAsync(baseUrl + "/account/login");
        await producer.GetByRole(AriaRole.Link, new() { Name = "Quên mật khẩu?" }).ClickAsync();
        await producer.FillAsync("#Email", "chu@caden.vn");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Gửi liên kết" }).ClickAsync();
        await producer.GetByTestId("forgot-sent").WaitForAsync();
        await Accessibility.CheckAsync(producer);
        await producer.GotoAsync(baseUrl + await Mailbox.LinkAsync(app, "chu@caden.vn", "/account/reset-password"));
        await producer.FillAsync("#Password", "Ca-den-2027-lai");
        await producer.FillAsync("#ConfirmPassword", "Ca-den-2027-lai");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Lưu mật khẩu" }).ClickAsync();
        await producer.WaitForURLAsync("**/account/login");
        await Journey.SignInAsync(producer, baseUrl, "chu@caden.vn", "Ca-den-2027-lai");

        // The officer turns on two-factor sign-in with the app's code, then signs in with it.
        await officer.GotoAsync(baseUrl + "/account/two-factor");
        await Accessibility.CheckAsync(officer);
        var key = (await officer.GetByTestId("authenticator-key").InnerTextAsync()).Trim();
        await officer.FillAsync("#Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai bước" }).ClickAsync();
        (await officer.GetByTestId("recovery-codes").Locator("li").CountAsync()).ShouldBe(10);
        await officer.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("92-two-factor-on"), FullPage = true });
        await officer.Context.ClearCookiesAsync();
        await officer.GotoAsync(baseUrl + "/account/login");
        await officer.FillAsync("#Input_Email", officerEmail);
        await officer.FillAsync("#Input_Password", officerPassword);
        await officer.ClickAsync("main button[type=submit]");
        await officer.WaitForURLAsync("**/account/two-factor-sign-in**");
        await Accessibility.CheckAsync(officer);
        await officer.FillAsync("#Code", Totp.Code(key, DateTimeOffset.UtcNow));
        await officer.ClickAsync("main button[type=submit]");
        await officer.WaitForURLAsync("**/admin");

        // A household asks to join; its commune officer approves it.
        var household = await browser.NewPageAsync();
        await household.GotoAsync(baseUrl + "/join");
        await household.CheckAsync("#kind-Household");
        await household.FillAsync("#Input_Name", "Hộ kinh doanh Lê Thị Hoa");
        await household.SelectOptionAsync("#Input_ProvinceCode", "68");
        await household.Locator("#Input_CommuneCode option[value='22924']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await household.SelectOptionAsync("#Input_CommuneCode", "22924");
        await household.FillAsync("#Input_ContactName", "Lê Thị Hoa");
        await household.FillAsync("#Input_Email", "hoa@nongtrai.vn");
        await household.FillAsync("#Input_ProductName", "Mứt dâu tằm");
        await Accessibility.CheckAsync(household);
        await household.GetByRole(AriaRole.Button, new() { Name = "Gửi đăng ký" }).ClickAsync();
        await household.GetByTestId("join-sent").WaitForAsync();
        await household.GotoAsync(baseUrl + await Mailbox.LinkAsync(app, "hoa@nongtrai.vn", "/join/confirm"));
        await household.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và gửi đăng ký" }).ClickAsync();
        await household.GetByTestId("join-confirmed").WaitForAsync();

        var communeEmail = $"xa{Guid.NewGuid():N}@phuthuy.gov.vn";
        var communePassword = await Journey.CreateAccountAsync(app, new NewAccount(communeEmail, Roles.CommuneOfficer, "Cán bộ xã", CommuneCode: "22924"));
        var commune = await browser.NewPageAsync();
        await Journey.SignInAsync(commune, baseUrl, communeEmail, communePassword);
        await commune.GetByTestId("join-waiting").ClickAsync();
        await Accessibility.CheckAsync(commune);
        await commune.GetByRole(AriaRole.Link, new() { Name = "Hộ kinh doanh Lê Thị Hoa" }).ClickAsync();
        await Accessibility.CheckAsync(commune);
        await commune.GetByRole(AriaRole.Button, new() { Name = "Chấp thuận và gửi lời mời" }).ClickAsync();
        await commune.GetByTestId("join-status").WaitForAsync();
        (await commune.GetByTestId("join-status").GetAttributeAsync("data-status")).ShouldBe("Approved");
        await commune.ScreenshotAsync(new() { Path = Browser.ScreenshotPath("93-join-approved"), FullPage = true });
        (await Mailbox.LinkAsync(app, "hoa@nongtrai.vn", "/account/invitation")).ShouldStartWith("/account/invitation?token=");
    }
}
