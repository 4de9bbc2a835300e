using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>A Lâm Đồng product taken through a real round and decision: certified today with the stars asked for.</summary>
internal static class Certified
{
    public static async Task<Dossiers.Applicant> ProductAsync(OcopApp app, int stars = 4, int target = 80)
    {
        var round = await Round.StartAsync(app);
        var answers = ScoreAnswers.ForStars(round.Definition, stars, target);
        foreach (var member in round.Council)
        {
            (await round.SaveAsync(member, answers, submit: true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await round.Secretary.PostAsync($"/api/v1/council/batches/{round.Batch.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var decided = await round.Applicant.Officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/decision",
            new DecisionInput("15/QĐ-UBND", VietnamTime.Today(TimeProvider.System), "Phó Chủ tịch Trần Văn Ký", null, [round.EntryId]), Json.Options);
        decided.StatusCode.ShouldBe(HttpStatusCode.Created, await decided.Content.ReadAsStringAsync());
        return round.Applicant;
    }
}
