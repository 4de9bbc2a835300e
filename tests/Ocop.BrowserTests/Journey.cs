using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;

namespace Ocop.BrowserTests;

/// <summary>Steps shared by the journeys: accounts with random passwords, signing in through the form.</summary>
public static class Journey
{
    /// <summary>A 1×1 PNG, for uploads.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==");

    public static Task<string> CreateAccountAsync(OcopApp app, NewAccount account) =>
        app.WithScopeAsync(async s =>
        {
            var (ok, password) = await s.GetRequiredService<AccountService>().CreateAsync(account);
            ok.ShouldBeTrue(password);
            return password;
        });

    public static async Task SignInAsync(IPage page, string baseUrl, string email, string password)
    {
        await page.GotoAsync(baseUrl + "/account/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("main button[type=submit]");
        // Attached, not visible: on a phone the menu holding it is collapsed.
        await page.GetByTestId("signed-in-as").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
