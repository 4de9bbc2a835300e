using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.AdminUnits;

namespace Ocop.Tests.Features.AdminUnits;

public sealed class AdminUnitApiTests : AppTest
{
    [Fact]
    public async Task Provinces_Are34_AndCommunes3321()
    {
        var client = App.CreateClient();
        var provinces = await client.GetFromJsonAsync<List<UnitDto>>("/api/v1/admin-units/provinces");
        provinces!.Count.ShouldBe(34);
        var communes = 0;
        foreach (var province in provinces)
        {
            communes += (await client.GetFromJsonAsync<List<UnitDto>>($"/api/v1/admin-units/provinces/{province.Code}/communes"))!.Count;
        }

        communes.ShouldBe(3321);
    }

    [Fact]
    public async Task Successors_OfOldProvinceName_WithoutAccents()
    {
        var result = await App.CreateClient().GetFromJsonAsync<List<ProvinceSuccessorDto>>("/api/v1/admin-units/successors?oldProvinceName=binh%20duong");
        result!.Single().NewName.ShouldBe("Thành phố Hồ Chí Minh");
    }

    [Fact]
    public async Task Successors_OfSplitOldCommune_ListsBothNewCommunes()
    {
        var result = await App.CreateClient().GetFromJsonAsync<List<SuccessorDto>>("/api/v1/admin-units/successors?oldCommuneCode=25918");
        result!.Select(r => r.NewName).ShouldBe(["Phường Tân Uyên", "Xã Thường Tân"]);
        result!.ShouldAllBe(r => r.Partial);
    }

    [Fact]
    public async Task Successors_WithoutQuery_IsProblem_AndUnknownIs404()
    {
        var client = App.CreateClient();
        (await client.GetAsync("/api/v1/admin-units/successors")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/admin-units/successors?oldCommuneCode=00000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CommuneOptions_AsHtmxSendsThem_ListTheProvincesCommunes()
    {
        var client = App.CreateClient();

        // htmx sends the select's own value too (ProvinceCode, case-insensitively equal to a
        // "provinceCode" parameter): the fragment must read only its own "province" value.
        var form = await client.GetStringAsync("/fragments/communes?Input.ProvinceCode=68&province=68&any=false");
        var filter = await client.GetStringAsync("/fragments/communes?ProvinceCode=68&province=68&any=true");

        form.ShouldStartWith("<option value=\"\">— Chọn xã/phường —</option>");
        filter.ShouldStartWith("<option value=\"\">Tất cả</option>");
        filter.ShouldContain("<option value=\"22933\">Phường Hàm Thắng</option>");
        (await client.GetStringAsync("/fragments/communes?province=")).ShouldNotContain("22933");
    }
}
