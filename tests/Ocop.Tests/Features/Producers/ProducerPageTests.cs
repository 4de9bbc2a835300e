using System.Net;
using Ocop.Web.Features.Producers;

namespace Ocop.Tests.Features.Producers;

/// <summary>The producer form as a browser posts it.</summary>
public sealed class ProducerPageTests : AppTest
{
    private static Dictionary<string, string> Form(ProducerDetails p, string phone) => new()
    {
        ["Input.Version"] = p.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Name"] = p.Name, ["Input.Type"] = p.Type.ToString(), ["Input.ProvinceCode"] = p.ProvinceCode,
        ["Input.CommuneCode"] = p.CommuneCode, ["Input.Status"] = p.Status.ToString(), ["Input.Phone"] = phone,
    };

    [Fact]
    public async Task Edit_TwoOfficersSaveSameVersion_SecondGetsConflictAndKeepsInput()
    {
        var first = await Registry.OfficerAsync(App, Registry.LamDong);
        var second = await Registry.OfficerAsync(App, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(first, Registry.Producer());
        var url = $"/admin/producers/edit/{producer.Id}";

        (await OcopApp.PostFormAsync(first, url, Form(producer, "0252 111 111"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await OcopApp.PostFormAsync(second, url, Form(producer, "0252 222 222"));

        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await conflict.Content.ReadAsStringAsync();
        html.ShouldContain("Bản ghi vừa được người khác thay đổi");
        html.ShouldContain("value=\"0252 222 222\"");
    }

    [Fact]
    public async Task Create_BadTaxCode_ShowsVietnameseMessageOnTheField()
    {
        var officer = await Registry.OfficerAsync(App, Registry.LamDong);
        var response = await OcopApp.PostFormAsync(officer, "/admin/producers/edit", new()
        {
            ["Input.Name"] = "Hộ kinh doanh A", ["Input.Type"] = "Household", ["Input.CommuneCode"] = Registry.PhuThuy,
            ["Input.Status"] = "Active", ["Input.TaxCode"] = "123",
        });

        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"taxcode-error\"");
        html.ShouldContain("Mã số thuế phải gồm 10 hoặc 13 chữ số.");
        html.ShouldContain("value=\"Hộ kinh doanh A\"");
    }

    [Fact]
    public async Task Language_English_TranslatesPages()
    {
        var client = App.CreateClient();
        (await client.GetStringAsync("/")).ShouldContain("Sản phẩm OCOP");
        await client.GetAsync("/language/en?returnUrl=/");
        var html = await client.GetStringAsync("/");
        html.ShouldContain("OCOP products");
        html.ShouldContain("lang=\"en\"");
    }

    [Fact]
    public async Task List_FiltersByProvinceAndCommune()
    {
        var lamDong = await Registry.OfficerAsync(App, Registry.LamDong);
        var hcm = await Registry.OfficerAsync(App, Registry.HoChiMinh);
        await Registry.CreateProducerAsync(lamDong, Registry.Producer("Công ty TNHH Cá Đen", Registry.PhuThuy));
        await Registry.CreateProducerAsync(lamDong, Registry.Producer("HTX thanh long Hàm Đức", "22933"));
        await Registry.CreateProducerAsync(hcm, Registry.Producer("HTX cây ăn quả Tân Mỹ", Registry.ThuongTan));
        var national = await App.SignInAsync(new Ocop.Web.Features.Accounts.NewAccount($"admin{Guid.NewGuid():N}@test.vn", Ocop.Web.Features.Accounts.Roles.NationalAdmin));

        var byProvince = await national.GetStringAsync($"/admin/producers?ProvinceCode={Registry.LamDong}");
        byProvince.ShouldContain("Cá Đen");
        byProvince.ShouldContain("Hàm Đức");
        byProvince.ShouldNotContain("Tân Mỹ");
        byProvince.ShouldContain("Phường Phú Thủy", Case.Sensitive, "the commune list of the chosen province is offered");

        var byCommune = await national.GetStringAsync($"/admin/producers?ProvinceCode={Registry.LamDong}&CommuneCode=22933");
        byCommune.ShouldContain("Hàm Đức");
        byCommune.ShouldNotContain("Cá Đen</a>");

        var officerList = await lamDong.GetStringAsync("/admin/producers");
        officerList.ShouldNotContain("Thành phố Hồ Chí Minh</option>", Case.Sensitive, "a province officer is offered only their province");
        (await lamDong.GetStringAsync($"/admin/producers?ProvinceCode={Registry.HoChiMinh}")).ShouldNotContain("Tân Mỹ");
    }
}
