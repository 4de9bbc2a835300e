using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>A council round over HTTP: independent sheets, the secretary's powers, closing and results.</summary>
public sealed class CouncilApiTests
{
    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Round_ScoredIndependently_ClosedBySecretary_GivesAverageAndStars(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var round = await Round.StartAsync(app);
        var totals = new List<int>();
        // Five of the seven members score (a quorum, the chair's sheet among them); two are absent and do not count.
        foreach (var (member, lowered) in round.Council.Zip([0, 1, 2, 0, 1]))
        {
            var answers = round.Answers(lowered);
            (await round.SaveAsync(member, answers, submit: false)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var draft = (await member.GetFromJsonAsync<MemberEntry>($"/api/v1/council/entries/{round.EntryId}", Json.Options))!.Sheet!;
            draft.Status.ShouldBe(SheetStatus.Draft);
            var submitted = await round.SaveAsync(member, answers, submit: true, draft.Version);
            submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
            totals.Add((await submitted.Content.ReadFromJsonAsync<MemberEntry>(Json.Options))!.Sheet!.Total);

            if (member == round.Chair)
            {
                // Before a quorum has scored, the secretary cannot close, and the refusal says whose sheets are missing.
                var early = await round.Secretary.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null);
                var problem = await ProblemAsync(early);
                problem.ShouldContain("mới có 1/7 thành viên nộp phiếu; cần ít nhất 5 phiếu (2/3 số thành viên)");
                problem.ShouldContain("secretary");
                (await round.Chair.GetAsync($"/api/v1/council/batches/{round.Batch.Id}/results")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            }
        }

        totals[0].ShouldBe(100);
        (await round.Chair.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "only the secretary closes");
        var closed = await round.Secretary.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());

        var results = await round.Member.GetFromJsonAsync<BatchDetails>($"/api/v1/council/batches/{round.Batch.Id}/results", Json.Options);
        results!.Status.ShouldBe(BatchStatus.Closed);
        var entry = results.Entries.Single();
        entry.Average.ShouldBe(Math.Round((decimal)totals.Sum() / 5, 2, MidpointRounding.AwayFromZero));
        entry.Spread.ShouldBe(totals.Max() - totals.Min());
        entry.MemberTotals.Select(m => m.Total).Order().ShouldBe(totals.Order());
        entry.Stars.ShouldNotBeNull();
        var dossier = await round.Applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{round.DossierId}", Json.Options);
        dossier!.Status.ShouldBe(DossierStatus.Scored);

        (await ProblemAsync(await round.SaveAsync(round.Member, round.Answers(), submit: false))).ShouldContain("Vòng chấm đã kết thúc");
    }

    [Fact]
    public async Task Members_SeeOnlyTheirOwnSheet_AndOnlyTheirCouncilsProducts()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app);
        var other = await Round.StartAsync(app);
        (await round.SaveAsync(round.Chair, round.Answers(1), submit: false)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var memberView = await round.Member.GetFromJsonAsync<MemberEntry>($"/api/v1/council/entries/{round.EntryId}", Json.Options);
        memberView!.Sheet.ShouldBeNull("the chair's draft is not the member's");
        (await round.Member.GetAsync($"/api/v1/council/batches/{round.Batch.Id}/progress")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await round.Member.GetAsync($"/api/v1/council/batches/{round.Batch.Id}/results")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Another council's product: neither visible nor scorable.
        (await round.Member.GetAsync($"/api/v1/council/entries/{other.EntryId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await round.Member.PutAsJsonAsync($"/api/v1/council/entries/{other.EntryId}/sheet", new SheetInput(other.Answers(), true, null), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var mine = await round.Member.GetFromJsonAsync<List<MemberBatch>>("/api/v1/council/batches", Json.Options);
        mine!.Select(b => b.Id).ShouldBe([round.Batch.Id]);

        // The secretary sees who has scored, not what they answered.
        var progress = (await round.Secretary.GetFromJsonAsync<List<SheetProgress>>($"/api/v1/council/batches/{round.Batch.Id}/progress", Json.Options))!;
        progress!.Single().Members.Single(m => m.SheetId is not null).Total.ShouldBeNull("a draft's total stays private");

        // Officers and producers do not use the council API; council members do not use the officers'.
        (await round.Applicant.Officer.GetAsync("/api/v1/council/batches")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await round.Member.GetAsync($"/api/v1/batches/{round.Batch.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sheet_SubmittedOnce_ReopenedOnlyByTheSecretaryWithAReason()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app);
        (await round.SaveAsync(round.Member, round.Answers(), submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ProblemAsync(await round.SaveAsync(round.Member, round.Answers(1), submit: true, 1))).ShouldContain("chỉ thư ký hội đồng mở lại được");

        var progress = (await round.Secretary.GetFromJsonAsync<List<SheetProgress>>($"/api/v1/council/batches/{round.Batch.Id}/progress", Json.Options))!;
        var sheetId = progress!.Single().Members.Single(m => m.SheetId is not null).SheetId!.Value;
        (await round.Chair.PostAsJsonAsync($"/api/v1/council/batches/{round.Batch.Id}/sheets/{sheetId}/reopen", new ReopenInput("Xem lại"), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(await round.Secretary.PostAsJsonAsync($"/api/v1/council/batches/{round.Batch.Id}/sheets/{sheetId}/reopen", new ReopenInput(" "), Json.Options)))
            .ShouldContain("lý do mở lại");
        (await round.Secretary.PostAsJsonAsync($"/api/v1/council/batches/{round.Batch.Id}/sheets/{sheetId}/reopen", new ReopenInput("Tiêu chí A.1.1 chấm nhầm."), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var reopened = (await round.Member.GetFromJsonAsync<MemberEntry>($"/api/v1/council/entries/{round.EntryId}", Json.Options))!.Sheet!;
        reopened.Status.ShouldBe(SheetStatus.Draft);
        reopened.ReopenReason.ShouldBe("Tiêu chí A.1.1 chấm nhầm.");
        (await round.SaveAsync(round.Member, round.Answers(1), submit: true, reopened.Version)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task BadSheets_AreRefusedWithTheCriterion()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app);
        var answers = round.Answers();
        var (first, last) = (answers.Keys.First(), answers.Keys.Last());
        answers.Remove(last);
        (await ProblemAsync(await round.SaveAsync(round.Member, answers, submit: true))).ShouldContain($"Tiêu chí {last}");
        answers[first] = 99;
        (await ProblemAsync(await round.SaveAsync(round.Member, answers, submit: false))).ShouldContain($"Tiêu chí {first}: 99 điểm không phải một mức");
        (await round.SaveAsync(round.Member, round.Answers(), submit: false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await round.SaveAsync(round.Member, round.Answers(), submit: false, version: 99)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Council_TakesOnlyCouncilMembersOfTheProvince_AndOnlyAcceptedDossiers()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app);
        var officer = round.Applicant.Officer;
        await Round.CouncilMemberAsync(app, "hcm-member@test.vn", Registry.HoChiMinh);
        (await ProblemAsync(await officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/seats", new SeatInput("hcm-member@test.vn", CouncilRole.Member), Json.Options)))
            .ShouldContain("tỉnh khác");
        (await ProblemAsync(await officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/seats", new SeatInput("nobody@test.vn", CouncilRole.Member), Json.Options)))
            .ShouldContain("Không tìm thấy tài khoản thành viên hội đồng");
        await Round.CouncilMemberAsync(app, "second-chair@test.vn");
        (await ProblemAsync(await officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/seats", new SeatInput("second-chair@test.vn", CouncilRole.Chair), Json.Options)))
            .ShouldContain("đã có chủ tịch");

        var draft = await Dossiers.ApplicantAsync(app, name: "Mứt dâu");
        var draftDossier = await Dossiers.CreateAsync(draft.Producer, draft.ProductId);
        (await ProblemAsync(await officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/entries", new AssignInput(draftDossier.Id), Json.Options)))
            .ShouldContain("Chỉ giao được hồ sơ đã tiếp nhận");
        (await ProblemAsync(await officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/entries", new AssignInput(round.DossierId), Json.Options)))
            .ShouldContain("Chỉ giao được hồ sơ đã tiếp nhận");

        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync($"/api/v1/batches/{round.Batch.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetFromJsonAsync<List<BatchListItem>>("/api/v1/batches", Json.Options))!.ShouldBeEmpty();
        var badDates = await officer.PostAsJsonAsync("/api/v1/batches", new BatchInput("", 2026, new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 1), null, Round: 0), Json.Options);
        var problem = await ProblemAsync(badDates);
        problem.ShouldContain("Hãy đặt tên đợt");
        problem.ShouldContain("Ngày kết thúc");
        problem.ShouldContain("Đợt đánh giá là số từ 1 đến 12");

        // The year's round (26/2026 Điều 5): the one named, else the half of the year the batch starts in.
        round.Batch.Round.ShouldBe(2, "a batch starting in November is the second round");
        var extra = await officer.PostAsJsonAsync("/api/v1/batches", new BatchInput("Đợt bổ sung", 2026, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 20), null, Round: 3), Json.Options);
        (await extra.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!.Round.ShouldBe(3);
        (await officer.GetFromJsonAsync<List<BatchListItem>>("/api/v1/batches", Json.Options))!.Select(b => b.Round).Order().ShouldBe([2, 3]);
    }

    [Fact]
    public async Task KnockOut_AppliedByAMajority_LeavesTheProductUnranked()
    {
        await using var app = await OcopApp.StartAsync();
        var round = await Round.StartAsync(app, setCode: "148-04");
        var rule = round.Definition.AllCriteria().First(c => c.KnockOut is not null).Code;
        var plain = round.Definition.AllCriteria().First(c => c.KnockOut is null).Code;

        var refused = await round.SaveAsync(round.Chair, round.Answers(), submit: false, knockOuts: [plain]);
        (await ProblemAsync(refused)).ShouldContain($"Tiêu chí {plain} không có điều kiện loại");

        // Four of seven members find the rule applies: the council knocks the product out.
        foreach (var (member, applies) in round.Council.Zip([true, true, false, true, true, false, false]))
        {
            (await round.SaveAsync(member, round.Answers(), submit: true, knockOuts: applies ? [rule] : null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var own = await round.Chair.GetFromJsonAsync<MemberEntry>($"/api/v1/council/entries/{round.EntryId}", Json.Options);
        own!.Sheet!.KnockOuts.ShouldBe([rule]);

        var closed = await round.Secretary.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var entry = (await closed.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!.Entries.Single();
        entry.KnockedOutBy.ShouldBe([rule]);
        entry.Stars.ShouldBeNull();
        entry.IsCertifiable.ShouldBeFalse();
        // Three members did not apply the rule: a split vote, its own flag, not a spread.
        (entry.KnockOutVoteSplit, entry.SpreadTooWide, entry.NeedsDiscussion).ShouldBe((true, false, true));
        var dossier = await round.Applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{round.DossierId}", Json.Options);
        dossier!.Events[^1].Comment!.ShouldContain($"bị loại theo tiêu chí {rule}");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task TheSheetsOwnKnockOut_HoSoBiLoaiKhi_IsAppliedLikeACriterions(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        // A 148-09 product is scored on 26-09, whose sheet opens with "Hồ sơ bị loại khi: Giả mạo hồ sơ…".
        var round = await Round.StartAsync(app);
        round.Definition.KnockOut.ShouldStartWith("Hồ sơ bị loại khi: Giả mạo hồ sơ");
        (await round.Chair.GetStringAsync($"/council/entries/{round.EntryId}")).ShouldContain("Hồ sơ bị loại khi: Giả mạo hồ sơ");

        foreach (var (member, applies) in round.Council.Zip([true, true, true, true, true, false, true]))
        {
            (await round.SaveAsync(member, round.Answers(), submit: true, knockOuts: applies ? [ScorecardDefinition.SheetCode] : null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var closed = await round.Secretary.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var entry = (await closed.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!.Entries.Single();
        (entry.KnockedOutBy.Single(), entry.Stars, entry.IsCertifiable).ShouldBe((ScorecardDefinition.SheetCode, null, false));
        (await round.Applicant.Officer.GetStringAsync($"/admin/batches/{round.Batch.Id}")).ShouldContain("Bị loại theo tiêu chí: hồ sơ (Hồ sơ bị loại khi…)");
        var dossier = await round.Applicant.Producer.GetFromJsonAsync<DossierDetails>($"/api/v1/dossiers/{round.DossierId}", Json.Options);
        dossier!.Events[^1].Comment!.ShouldContain("bị loại theo tiêu chí hồ sơ (Hồ sơ bị loại khi…)");
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task MembersMoreThanTenApart_MustRescoreOrRecordTheDiscussion_BeforeTheRoundCloses(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var round = await Round.StartAsync(app);
        var high = ScoreAnswers.ForStars(round.Definition, stars: 4, target: 85);
        var low = ScoreAnswers.ForStars(round.Definition, stars: 4, target: 72);
        (await round.SaveAsync(round.Chair, high, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await round.SaveAsync(round.Secretary, high, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await round.SaveAsync(round.Member, low, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await round.OthersSubmitAsync(high);
        var progress = (await round.Secretary.GetFromJsonAsync<List<SheetProgress>>($"/api/v1/council/batches/{round.Batch.Id}/progress", Json.Options))!;
        var spread = progress.ShouldHaveSingleItem().Spread!.Value;
        spread.ShouldBeGreaterThan(10);
        progress.Single().SpreadTooWide.ShouldBeTrue();

        var refused = await ProblemAsync(await round.Secretary.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null));
        refused.ShouldContain($"chênh nhau {spread} điểm (quá 10 điểm)");
        (await round.Applicant.Officer.GetFromJsonAsync<BatchDetails>($"/api/v1/batches/{round.Batch.Id}", Json.Options))!.Status.ShouldBe(BatchStatus.Open);

        // Only the secretary records the council's discussion; then the round closes and the result keeps it.
        (await round.Member.PutAsJsonAsync($"/api/v1/council/batches/{round.Batch.Id}/entries/{round.EntryId}/discussion", new DiscussionInput("x"), Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var noted = await round.Secretary.PutAsJsonAsync($"/api/v1/council/batches/{round.Batch.Id}/entries/{round.EntryId}/discussion",
            new DiscussionInput("Hội đồng thảo luận: thành viên chấm thấp giữ ý kiến về bao bì; thống nhất lấy điểm trung bình."), Json.Options);
        noted.StatusCode.ShouldBe(HttpStatusCode.OK, await noted.Content.ReadAsStringAsync());
        var closed = await round.Secretary.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var entry = (await closed.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!.Entries.Single();
        (entry.SpreadTooWide, entry.KnockOutVoteSplit, entry.Spread).ShouldBe((true, false, spread));
        entry.DiscussionNote.ShouldStartWith("Hội đồng thảo luận");
    }
}
