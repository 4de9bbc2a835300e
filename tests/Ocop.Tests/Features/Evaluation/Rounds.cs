using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>
/// A Lâm Đồng batch with the seven-seat council 26/2026 Điều 7.3b composes (chair, secretary and a member named; four more
/// members in <see cref="Others"/>) and one accepted dossier assigned. Its quorum is five sheets, the chair's among them.
/// </summary>
internal sealed record Round(
    Dossiers.Applicant Applicant, int DossierId, BatchDetails Batch, int EntryId,
    HttpClient Chair, HttpClient Secretary, HttpClient Member, IReadOnlyList<HttpClient> Others, ScorecardDefinition Definition)
{
    /// <summary>The bodies seated, in order: chair, secretary, member, then the others.</summary>
    public static readonly string[] Bodies = ["ubnd-tinh", "ocop-tinh", "so-ct", "so-nnmt", "so-yt", "so-khcn", "so-vhttdl"];

    public IEnumerable<HttpClient> Council => [Chair, Secretary, Member, .. Others];

    public static async Task<HttpClient> CouncilMemberAsync(OcopApp app, string email, string province = Registry.LamDong) =>
        await app.SignInAsync(new NewAccount(email, Roles.CouncilMember, ProvinceCode: province));

    /// <summary>A round for a new applicant, or for another dossier (e.g. a re-evaluation) of an existing one.</summary>
    public static async Task<Round> StartAsync(OcopApp app, Dossiers.Applicant? existing = null, DossierKind kind = DossierKind.New, string setCode = "148-09")
    {
        var applicant = existing ?? await Dossiers.ApplicantAsync(app, setCode);
        var submitted = await Dossiers.SubmittedAsync(app, applicant, existing is null ? null : await Dossiers.CreateAsync(applicant.Producer, applicant.ProductId, kind));
        await Dossiers.AcceptedAsync(applicant.Officer, submitted);

        var created = await applicant.Officer.PostAsJsonAsync("/api/v1/batches",
            new BatchInput("Đợt 1 năm 2026", 2026, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 15), "Nguyễn Văn Tư vấn"), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var batch = (await created.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!;
        var tag = Guid.NewGuid().ToString("N")[..8];
        var clients = new List<HttpClient>();
        foreach (var (body, i) in Bodies.Select((b, i) => (b, i)))
        {
            var (name, role) = i switch { 0 => ("chair", CouncilRole.Chair), 1 => ("secretary", CouncilRole.Secretary), 2 => ("member", CouncilRole.Member), _ => ($"member{i}", CouncilRole.Member) };
            var email = $"{name}{tag}@test.vn";
            clients.Add(await CouncilMemberAsync(app, email));
            var seated = await applicant.Officer.PostAsJsonAsync($"/api/v1/batches/{batch.Id}/seats", new SeatInput(email, role, body), Json.Options);
            seated.StatusCode.ShouldBe(HttpStatusCode.OK, await seated.Content.ReadAsStringAsync());
        }

        var assigned = await applicant.Officer.PostAsJsonAsync($"/api/v1/batches/{batch.Id}/entries", new AssignInput(submitted.Id), Json.Options);
        assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        batch = (await assigned.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!;
        var definition = await Dossiers.ScorecardOfAsync(applicant.Officer, submitted);
        return new Round(applicant, submitted.Id, batch, batch.Entries.Single().Id, clients[0], clients[1], clients[2], clients[3..], definition);
    }

    /// <summary>The four members beyond chair, secretary and member submit <paramref name="answers"/>.</summary>
    public async Task OthersSubmitAsync(IReadOnlyDictionary<string, int> answers, IReadOnlyList<string>? knockOuts = null)
    {
        foreach (var other in Others)
        {
            var saved = await SaveAsync(other, answers, submit: true, knockOuts: knockOuts);
            saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        }
    }

    public Task<HttpResponseMessage> SaveAsync(HttpClient member, IReadOnlyDictionary<string, int> answers, bool submit, int? version = null, IReadOnlyList<string>? knockOuts = null) =>
        member.PutAsJsonAsync($"/api/v1/council/entries/{EntryId}/sheet", new SheetInput(answers, submit, version, knockOuts), Json.Options);

    /// <summary>Every member submits a sheet for <paramref name="stars"/> at about <paramref name="target"/> points; the secretary closes the round.</summary>
    public async Task<BatchDetails> ScoreAndCloseAsync(int stars, int target)
    {
        var answers = ScoreAnswers.ForStars(Definition, stars, target);
        foreach (var member in Council)
        {
            (await SaveAsync(member, answers, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var closed = await Secretary.PostAsync($"/api/v1/council/batches/{Batch.Id}/close", null);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        return (await closed.Content.ReadFromJsonAsync<BatchDetails>(Json.Options))!;
    }

    /// <summary>The best answers with the first <paramref name="lowered"/> criteria set to their lowest option.</summary>
    public Dictionary<string, int> Answers(int lowered = 0)
    {
        var answers = ScoreAnswers.Best(Definition);
        var leaves = Definition.Leaves().Where(l => answers.ContainsKey(l.Code)).Take(lowered);
        foreach (var leaf in leaves)
        {
            answers[leaf.Code] = leaf.Options.Min(o => o.Points);
        }

        return answers;
    }
}

