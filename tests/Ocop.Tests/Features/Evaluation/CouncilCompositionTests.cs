using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Evaluation.Batches;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>
/// 26/2026 Điều 7.3b: the provincial council's composition is data (the bodies it seats, who may chair) and the round closes
/// only when the council is composed so and a quorum scored each product.
/// </summary>
public sealed class CouncilCompositionTests
{
    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> SeatAsync(Round round, string email, CouncilRole role, string? body) =>
        round.Applicant.Officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/seats", new SeatInput(email, role, body), Json.Options);

    private static Task<HttpResponseMessage> CloseAsync(Round round) => round.Secretary.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null);

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task A_CouncilWithoutItsChair_OrAMissingDepartment_IsRefused_AndAnInvitedExpertDoesNotChair(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var round = await Round.StartAsync(app);
        var composition = round.Batch.Composition.ShouldNotBeNull();
        (composition.Holds, composition.Quorum, composition.Basis).ShouldBe((true, 5, "Điều 7.3b Quyết định 26/2026/QĐ-TTg"));
        round.Batch.Council.Single(s => s.Role == CouncilRole.Chair).BodyName.ShouldBe("Lãnh đạo UBND cấp tỉnh");

        var expert = await Round.CouncilMemberAsync(app, "expert@test.vn");
        (await ProblemAsync(await SeatAsync(round, "expert@test.vn", CouncilRole.Member, null))).ShouldContain("Chọn cơ quan, đơn vị mà thành viên đại diện");
        (await ProblemAsync(await SeatAsync(round, "expert@test.vn", CouncilRole.Member, "so-khong-co"))).ShouldContain("Sở Công Thương");
        var chairSeat = round.Batch.Council.Single(s => s.Role == CouncilRole.Chair).Id;
        (await round.Applicant.Officer.DeleteAsync($"/api/v1/batches/{round.Batch.Id}/seats/{chairSeat}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ProblemAsync(await SeatAsync(round, "expert@test.vn", CouncilRole.Chair, "moi")))
            .ShouldContain("Thành viên đại diện Chuyên gia, hiệp hội, tổ chức được mời không thể làm Chủ tịch hội đồng");
        (await SeatAsync(round, "expert@test.vn", CouncilRole.Member, "moi")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var health = round.Batch.Council.Single(s => s.Body == "so-yt").Id;
        (await round.Applicant.Officer.DeleteAsync($"/api/v1/batches/{round.Batch.Id}/seats/{health}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var batch = (await round.Applicant.Officer.GetFromJsonAsync<BatchDetails>($"/api/v1/batches/{round.Batch.Id}", Json.Options))!;
        (batch.Composition!.Holds, batch.Composition.HasChair).ShouldBe((false, false));
        batch.Composition.MissingBodies.ShouldBe(["Sở Y tế"]);
        var page = await round.Applicant.Officer.GetStringAsync($"/admin/batches/{round.Batch.Id}");
        page.ShouldContain("Hội đồng còn thiếu thành viên đại diện: Sở Y tế");
        page.ShouldContain("Chuyên gia, hiệp hội, tổ chức được mời");

        // Everyone seated scores; the round still does not close on a council composed against the rules.
        var answers = round.Answers();
        foreach (var member in new[] { round.Secretary, round.Member, expert }.Concat(round.Others.Where((_, i) => i != 1)))
        {
            (await round.SaveAsync(member, answers, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await ProblemAsync(await CloseAsync(round));
        refused.ShouldContain("Hội đồng chưa có Chủ tịch (Điều 7.3b Quyết định 26/2026/QĐ-TTg)");
        refused.ShouldContain("Hội đồng còn thiếu thành viên đại diện: Sở Y tế");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task TheRound_ClosesOnAQuorumWithTheChair_AndAbsentMembersDoNotCount(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var round = await Round.StartAsync(app);
        var high = ScoreAnswers.ForStars(round.Definition, stars: 4, target: 80);
        foreach (var member in new[] { round.Chair, round.Secretary, round.Member, round.Others[0] })
        {
            (await round.SaveAsync(member, high, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await ProblemAsync(await CloseAsync(round)))
            .ShouldContain("mới có 4/7 thành viên nộp phiếu; cần ít nhất 5 phiếu (2/3 số thành viên), trong đó có phiếu của Chủ tịch hội đồng");

        // A draft is not a sheet: the absent member's unfinished scoring neither makes the quorum nor counts.
        var low = ScoreAnswers.ForStars(round.Definition, stars: 3, target: 60);
        (await round.SaveAsync(round.Others[1], low, submit: false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ProblemAsync(await CloseAsync(round))).ShouldContain("mới có 4/7");
        (await round.SaveAsync(round.Others[2], high, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var closed = await CloseAsync(round);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var entry = (await closed.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!.Entries.Single();
        entry.MemberTotals.Count.ShouldBe(5);
        entry.MemberTotals.Select(m => m.Total).Distinct().ShouldHaveSingleItem();
        entry.Average.ShouldBe(entry.MemberTotals[0].Total);
        entry.Spread.ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task FiveSheetsWithoutTheChairs_AreNotAQuorum(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var round = await Round.StartAsync(app);
        var answers = round.Answers();
        foreach (var member in new[] { round.Secretary, round.Member }.Concat(round.Others.Take(3)))
        {
            (await round.SaveAsync(member, answers, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await ProblemAsync(await CloseAsync(round))).ShouldContain("mới có 5/7 thành viên nộp phiếu; cần ít nhất 5 phiếu (2/3 số thành viên), trong đó có phiếu của Chủ tịch hội đồng. Chưa nộp: chair");
        (await round.SaveAsync(round.Chair, answers, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CloseAsync(round)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
