using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Classification;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;

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

    /// <summary>
    /// Công ty TNHH Cá Đen (Phú Thủy, Lâm Đồng) with an active "Nước mắm Cá Đen": optionally with a GTIN,
    /// optionally listed in the catalogue (a legacy rating confirmed for two years).
    /// </summary>
    public static Task<(int ProducerId, int ProductId)> SeedFishSauceAsync(OcopApp app, string? gtin = null, bool listed = false) =>
        app.WithScopeAsync(async s =>
        {
            var national = new UserScope(true, null, null, null, true, "seed", "seed");
            var producerId = (await s.GetRequiredService<ProducerService>().CreateAsync(new ProducerInput
            {
                Type = ProducerType.Enterprise, Name = "Công ty TNHH Cá Đen", CommuneCode = "22924", Status = ProducerStatus.Active,
            }, national)).Value;
            var setId = (await s.GetRequiredService<ClassificationService>().ProductSetsAsync(includeRetired: false)).Single(x => x.Code == "26-09").Id;
            var product = new ProductInput { ProducerId = producerId, Name = "Nước mắm Cá Đen", ProductSetId = setId, Status = ProductStatus.Active, Gtin = gtin };
            if (listed)
            {
                (product.Stars, product.CertificateReference, product.LegacyValidUntil) = (4, "QĐ 1234/QĐ-UBND", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2));
            }

            return (producerId, (await s.GetRequiredService<ProductService>().CreateAsync(product, national)).Value);
        });

    /// <summary>
    /// Waits for what a form's answer should show; when it does not come, fails with the page the browser is on and what
    /// that page says (its error summary, or a server error page) and the app's last warnings and errors, so that a failure in CI tells why and not only what.
    /// </summary>
    public static async Task WaitForAnswerAsync(OcopApp app, IPage page, ILocator expected, float timeoutMs = 60_000)
    {
        try
        {
            await expected.WaitForAsync(new() { Timeout = timeoutMs });
        }
        catch (TimeoutException e)
        {
            string said;
            try
            {
                said = await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 });
                said = said.Length > 1500 ? said[..1500] + " …" : said;
            }
            catch (Exception unreadable) when (unreadable is PlaywrightException or TimeoutException)
            {
                said = $"(unreadable: {unreadable.Message})";
            }

            var logged = string.Join('\n', app.LoggedProblems.Recent);
            throw new TimeoutException($"{e.Message}\nThe page is {page.Url}; it says:\n{said}\nThe app's last warnings and errors:\n{logged}", e);
        }
    }

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
