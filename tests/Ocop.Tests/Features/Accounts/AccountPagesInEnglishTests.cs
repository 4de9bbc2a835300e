using Ocop.Web.Features.Accounts;

namespace Ocop.Tests.Features.Accounts;

/// <summary>The account and onboarding pages read in English when the visitor chose English, not in Vietnamese.</summary>
public sealed class AccountPagesInEnglishTests : AppTest
{
    [Fact]
    public async Task AccountPages_ReadInEnglish()
    {
        var visitor = AccountFlows.Browser(App);
        await visitor.GetAsync("/language/en");
        (await visitor.GetStringAsync("/account/login")).ShouldContain("Forgot your password?");
        (await visitor.GetStringAsync("/account/forgot-password")).ShouldContain("If an account has this address, we send it a link");
        (await visitor.GetStringAsync("/account/invitation?token=l_unknown")).ShouldContain("This link is not valid.");
        var join = await visitor.GetStringAsync("/join");
        join.ShouldContain("Ask to join the OCOP programme");
        join.ShouldContain("The product to bring to OCOP");

        var officer = await App.SignInAsync(new NewAccount($"o{Guid.NewGuid():N}@test.vn", Roles.ProvinceOfficer, ProvinceCode: Registry.LamDong));
        await officer.GetAsync("/language/en");
        var users = await officer.GetStringAsync("/admin/users");
        users.ShouldContain("User accounts");
        users.ShouldContain("Invite a user");
        (await officer.GetStringAsync("/admin/users/invite")).ShouldContain("The unit the account is bound to (by role)");
        (await officer.GetStringAsync("/account/settings")).ShouldContain("Sign out everywhere");
        (await officer.GetStringAsync("/account/two-factor")).ShouldContain("Install an authenticator app");
        (await officer.GetStringAsync("/admin/join-requests")).ShouldContain("Requests to join OCOP");
    }
}
