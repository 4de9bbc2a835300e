using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>Scorecards over HTTP: who may read and change them, confirmation, and the Excel round trip.</summary>
public sealed class ScorecardApiTests
{
    private static Task<HttpClient> NationalAsync(OcopApp app) =>
        app.SignInAsync(new NewAccount($"admin{Guid.NewGuid():N}@test.vn", Roles.NationalAdmin));

    private static async Task<ScorecardDetails> GetAsync(HttpClient client, int setId)
    {
        var response = await client.GetAsync($"/api/v1/scorecards/{setId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ScorecardDetails>(Json.Options))!;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int setId, byte[] xlsx, int version)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue(Xlsx.ContentType);
        form.Add(file, "file", "phieu.xlsx");
        form.Add(new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version");
        return await client.PutAsync($"/api/v1/scorecards/{setId}/xlsx", form);
    }

    private static async Task<string> ProblemTextAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The first sheet's rows with one change applied, written back as a new workbook.</summary>
    private static byte[] Edit(byte[] xlsx, Action<List<List<string>>> change)
    {
        using var stream = new MemoryStream(xlsx);
        var rows = Xlsx.ReadFirstSheet(stream).Select(r => r.ToList()).ToList();
        change(rows);
        return Xlsx.Write(new XlsxSheet("Phiếu", [.. rows.Select(r => (IReadOnlyList<object?>)[.. r])], [], new HashSet<int>()));
    }

    [Fact]
    public async Task Officers_ReadScorecards_OthersDoNot()
    {
        await using var app = await OcopApp.StartAsync();
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var list = await officer.GetFromJsonAsync<List<ScorecardSummary>>("/api/v1/scorecards?version=148/2023", Json.Options);
        list!.Count.ShouldBe(26);
        list.Count(s => s.IsComplete).ShouldBe(22);
        list.ShouldAllBe(s => !s.IsVerified);

        var tourism = await GetAsync(officer, await Registry.ProductSetIdAsync(app, "148-26"));
        tourism.Definition.Parts.Select(p => p.MaxPoints).ShouldBe([40, 25, 35]);
        tourism.Definition.Parts.SelectMany(p => p.Sections).Count(s => s.ChooseOne).ShouldBe(3);

        var own = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var producer = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: own.Id));
        (await producer.GetAsync("/api/v1/scorecards")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.CreateClient().GetAsync("/api/v1/scorecards")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await officer.GetAsync("/api/v1/scorecards/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Verify_OnlyTheNationalAdmin_OnlyACompleteSheet_OnlyTheCurrentVersion(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var province = await Registry.OfficerAsync(app, Registry.LamDong);
        var national = await NationalAsync(app);
        var complete = await Registry.ProductSetIdAsync(app, "148-09");
        var incomplete = await Registry.ProductSetIdAsync(app, "148-11");
        var card = await GetAsync(national, complete);

        (await province.PostAsJsonAsync($"/api/v1/scorecards/{complete}/verify", new ScorecardVerifyInput(card.Version))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await national.PostAsJsonAsync($"/api/v1/scorecards/{complete}/verify", new ScorecardVerifyInput(card.Version + 5))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var refused = await national.PostAsJsonAsync($"/api/v1/scorecards/{incomplete}/verify", new ScorecardVerifyInput((await GetAsync(national, incomplete)).Version));
        (await ProblemTextAsync(refused)).ShouldContain("Phiếu chưa đầy đủ");

        var verified = await national.PostAsJsonAsync($"/api/v1/scorecards/{complete}/verify", new ScorecardVerifyInput(card.Version));
        verified.StatusCode.ShouldBe(HttpStatusCode.OK, await verified.Content.ReadAsStringAsync());
        var after = await GetAsync(province, complete);
        after.VerifiedAt.ShouldNotBeNull();
        after.VerifiedBy.ShouldNotBeNullOrEmpty();
        var history = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().AuditEntries
            .CountAsync(e => e.EntityType == nameof(Scorecard) && e.Action == "Updated"));
        history.ShouldBe(1);
    }

    [Fact]
    public async Task Excel_RoundTripUnchanged_KeepsTheSheet_AndAsksForConfirmationAgain()
    {
        await using var app = await OcopApp.StartAsync();
        var national = await NationalAsync(app);
        var setId = await Registry.ProductSetIdAsync(app, "148-26");
        var before = await GetAsync(national, setId);
        (await national.PostAsJsonAsync($"/api/v1/scorecards/{setId}/verify", new ScorecardVerifyInput(before.Version))).EnsureSuccessStatusCode();

        var download = await national.GetAsync($"/api/v1/scorecards/{setId}/xlsx");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx.ContentType);
        var xlsx = await download.Content.ReadAsByteArrayAsync();

        var verified = await GetAsync(national, setId);
        var response = await UploadAsync(national, setId, xlsx, verified.Version);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var after = await GetAsync(national, setId);
        System.Text.Json.JsonSerializer.Serialize(after.Definition).ShouldBe(System.Text.Json.JsonSerializer.Serialize(before.Definition));
        after.VerifiedAt.ShouldBeNull("a replaced sheet must be confirmed again");
    }

    [Fact]
    public async Task Excel_CompletingAnIncompleteSheet_MakesItUsable()
    {
        await using var app = await OcopApp.StartAsync();
        var national = await NationalAsync(app);
        var setId = await Registry.ProductSetIdAsync(app, "148-11");
        var card = await GetAsync(national, setId);
        card.IsComplete.ShouldBeFalse();
        var shortParts = card.Definition.Parts.Where(p => p.MaxPoints < card.Rules.PartMaxima[p.Code]).ToList();
        shortParts.ShouldNotBeEmpty();

        var xlsx = await national.GetByteArrayAsync($"/api/v1/scorecards/{setId}/xlsx");
        var corrected = Edit(xlsx, rows =>
        {
            foreach (var part in shortParts)
            {
                // Raise the best option of the part's first criterion by the shortfall.
                var leaf = part.Sections[0].Criteria[0].Leaves().First();
                var best = rows.Where(r => r.Count > 3 && r[0] == leaf.Code && r[1] == ScorecardExcel.Option).MaxBy(r => int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture))!;
                best[3] = (int.Parse(best[3], System.Globalization.CultureInfo.InvariantCulture) + card.Rules.PartMaxima[part.Code] - part.MaxPoints).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        var response = await UploadAsync(national, setId, corrected, card.Version);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var after = await GetAsync(national, setId);
        after.IsComplete.ShouldBeTrue();
        after.Problems.ShouldBeEmpty();
        after.Definition.MaxPoints.ShouldBe(100);
    }

    [Fact]
    public async Task Excel_BadUploads_AreRefusedWithReasons_AndChangeNothing()
    {
        await using var app = await OcopApp.StartAsync();
        var national = await NationalAsync(app);
        var province = await Registry.OfficerAsync(app, Registry.LamDong);
        var setId = await Registry.ProductSetIdAsync(app, "148-09");
        var other = await Registry.ProductSetIdAsync(app, "148-01");
        var card = await GetAsync(national, setId);
        var xlsx = await national.GetByteArrayAsync($"/api/v1/scorecards/{setId}/xlsx");

        var lowered = Edit(xlsx, rows => rows.Where(r => r.Count > 3 && r[0] == "A.1.1" && r[1] == ScorecardExcel.Option)
            .MaxBy(r => int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture))![3] = "0");
        (await ProblemTextAsync(await UploadAsync(national, setId, lowered, card.Version))).ShouldContain("Phần A cộng được");

        var notANumber = Edit(xlsx, rows => rows.First(r => r.Count > 3 && r[1] == ScorecardExcel.Option)[3] = "ba");
        (await ProblemTextAsync(await UploadAsync(national, setId, notANumber, card.Version))).ShouldContain("phải là số nguyên");

        var orphan = Edit(xlsx, rows => rows.Add(["Z.9.9", ScorecardExcel.Option, "Mức lạc", "1"]));
        (await ProblemTextAsync(await UploadAsync(national, setId, orphan, card.Version))).ShouldContain("mức Z.9.9 không nằm dưới tiêu chí");

        (await ProblemTextAsync(await UploadAsync(national, other, xlsx, (await GetAsync(national, other)).Version))).ShouldContain("không phải bộ 148-01");
        (await ProblemTextAsync(await UploadAsync(national, setId, "not a workbook"u8.ToArray(), card.Version))).ShouldContain("không phải bảng tính Excel");
        (await UploadAsync(national, setId, xlsx, card.Version - 1)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await UploadAsync(province, setId, xlsx, card.Version)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var after = await GetAsync(national, setId);
        after.Version.ShouldBe(card.Version);
        after.IsComplete.ShouldBeTrue();
    }
}
