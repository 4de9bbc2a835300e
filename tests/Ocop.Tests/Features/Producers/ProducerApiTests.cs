using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Producers;

namespace Ocop.Tests.Features.Producers;

public sealed class ProducerApiTests : AppTest
{
    [Fact]
    public async Task Create_ByOfficer_AppearsInScopedListAndHistory()
    {
        var officer = await Registry.OfficerAsync(App, Registry.LamDong);
        var created = await Registry.CreateProducerAsync(officer, Registry.Producer(taxCode: "3400123456"));

        created.ProvinceCode.ShouldBe(Registry.LamDong);
        var history = await officer.GetFromJsonAsync<List<Ocop.Web.Features.Audit.HistoryItem>>($"/api/v1/producers/{created.Id}/history", Json.Options);
        history!.Single().Action.ShouldBe("Created");
        history![0].Changes.ShouldContain(c => c.Field == "Name" && c.New == "Công ty TNHH Cá Đen");
    }

    [Fact]
    public async Task OtherProvinceOfficer_GetsNotFound_ForRecordAndUpdateAndHistory()
    {
        var lamDong = await Registry.OfficerAsync(App, Registry.LamDong);
        var hcm = await Registry.OfficerAsync(App, Registry.HoChiMinh);
        var created = await Registry.CreateProducerAsync(lamDong, Registry.Producer());

        (await hcm.GetAsync($"/api/v1/producers/{created.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/api/v1/producers/{created.Id}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var input = created.ToInput();
        input.Name = "Taken over";
        (await hcm.PutAsJsonAsync($"/api/v1/producers/{created.Id}", input, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.DeleteAsync($"/api/v1/producers/{created.Id}?version={created.Version}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/admin/producers/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/admin/producers/edit/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_InCommuneOfOtherProvince_IsRefused()
    {
        var lamDong = await Registry.OfficerAsync(App, Registry.LamDong);
        var response = await lamDong.PostAsJsonAsync("/api/v1/producers", Registry.Producer(commune: Registry.ThuongTan), Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("ngoài địa bàn");
    }

    [Fact]
    public async Task Create_DuplicateTaxCodeSameType_IsRefusedWithMessage()
    {
        var officer = await Registry.OfficerAsync(App, Registry.LamDong);
        await Registry.CreateProducerAsync(officer, Registry.Producer(taxCode: "3400123456"));

        var response = await officer.PostAsJsonAsync("/api/v1/producers", Registry.Producer("Another", taxCode: "3400123456"), Json.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        problem!.Errors["taxCode"].Single().ShouldBe("Mã số thuế này đã được đăng ký cho một chủ thể cùng loại hình.");
        problem.Extensions.ShouldContainKey("traceId");
    }

    [Theory]
    [InlineData("12345", "taxCode")]
    [InlineData("<script>alert(1)</script>", "name")]
    public async Task Create_BadInput_IsRefusedOnTheField(string value, string field)
    {
        var officer = await Registry.OfficerAsync(App, Registry.LamDong);
        var input = field == "taxCode" ? Registry.Producer(taxCode: value) : Registry.Producer(name: value);
        var response = await officer.PostAsJsonAsync("/api/v1/producers", input, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        problem!.Errors.ShouldContainKey(field);
    }

    [Fact]
    public async Task Create_UnknownCommune_IsRefused()
    {
        var officer = await Registry.OfficerAsync(App, Registry.LamDong);
        var response = await officer.PostAsJsonAsync("/api/v1/producers", Registry.Producer(commune: "99999"), Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy xã/phường này.");
    }

    [Fact]
    public async Task Update_WithStaleVersion_IsConflict_AndFirstEditStays()
    {
        var officer = await Registry.OfficerAsync(App, Registry.LamDong);
        var created = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var first = created.ToInput();
        first.Phone = "0252 111 111";
        var second = created.ToInput();
        second.Phone = "0252 222 222";

        (await officer.PutAsJsonAsync($"/api/v1/producers/{created.Id}", first, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await officer.PutAsJsonAsync($"/api/v1/producers/{created.Id}", second, Json.Options);

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var record = await officer.GetFromJsonAsync<ProducerDetails>($"/api/v1/producers/{created.Id}/record", Json.Options);
        record!.Phone.ShouldBe("0252 111 111");
    }

    [Fact]
    public async Task Delete_IsSoft_RecordHiddenButHistoryKept()
    {
        var officer = await Registry.OfficerAsync(App, Registry.LamDong);
        var created = await Registry.CreateProducerAsync(officer, Registry.Producer());

        (await officer.DeleteAsync($"/api/v1/producers/{created.Id}?version={created.Version}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await officer.GetAsync($"/api/v1/producers/{created.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.CreateClient().GetAsync($"/api/v1/producers/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var history = await officer.GetFromJsonAsync<List<Ocop.Web.Features.Audit.HistoryItem>>($"/api/v1/producers/{created.Id}/history", Json.Options);
        history!.Select(h => h.Action).ShouldBe(["Deleted", "Created"]);
    }

    [Fact]
    public async Task Write_Anonymous_Is401_AndProducerCannotCreateProducers()
    {
        var anonymous = App.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/v1/producers", Registry.Producer(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var officer = await Registry.OfficerAsync(App, Registry.LamDong);
        var own = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var producer = await App.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: own.Id));
        (await producer.PostAsJsonAsync("/api/v1/producers", Registry.Producer("Other"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.GetAsync($"/api/v1/producers/{own.Id}/record")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
