using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>
/// Decision 26/2026's 26 scorecards and classification as transcribed by tools/criteria/transcribe_decision_26.py
/// (the criteria version of the regime in force): every sheet validates under the decision's own rules, and
/// each set keeps the star marks and knock-outs the annex has.
/// </summary>
public sealed class Decision26TranscriptionTests
{
    private static readonly CriteriaCatalog Shipped = new(CriteriaManifest.DefaultFolder);
    private static readonly ScorecardFileRef File26 = new("scorecards-26-2026.json", ScorecardFiles.Canonical, null, null);

    /// <summary>Điều 3: parts A/B/C = 40/25/35; 5★ from 90, 4★ from 70, 3★ from 50, 2★ from 30.</summary>
    private static readonly VersionRules Rules26 = new(
        new Dictionary<string, int> { ["A"] = 40, ["B"] = 25, ["C"] = 35 },
        [new(5, 90), new(4, 70), new(3, 50), new(2, 30), new(1, 0)], [3, 4, 5], 36, 90, 90, 10, true, true);

    /// <summary>
    /// Per set: answers marked ***, ****, ***** and the knock-outs (the sheet's "Hồ sơ bị loại khi…" and the notes that
    /// reject), counted in the annex's plain text (qd-26-2026-qd-ttg.txt) by searching for the marks and the rejecting
    /// phrases, apart from the transcription script.
    /// </summary>
    public static TheoryData<string, int, int, int, int> AnnexCounts() => new()
    {
        { "26-01", 7, 12, 3, 3 }, { "26-02", 7, 13, 6, 3 }, { "26-03", 7, 13, 6, 3 }, { "26-04", 7, 14, 6, 3 }, { "26-05", 8, 13, 5, 3 },
        { "26-06", 8, 13, 5, 3 }, { "26-07", 8, 14, 6, 4 }, { "26-08", 8, 14, 6, 4 }, { "26-09", 8, 14, 6, 4 }, { "26-10", 8, 13, 6, 4 },
        { "26-11", 8, 12, 3, 4 }, { "26-12", 8, 14, 3, 4 }, { "26-13", 8, 10, 3, 4 }, { "26-14", 8, 10, 3, 3 }, { "26-15", 8, 13, 3, 3 },
        { "26-16", 7, 9, 4, 2 }, { "26-17", 8, 12, 3, 2 }, { "26-18", 7, 10, 3, 2 }, { "26-19", 7, 10, 3, 2 }, { "26-20", 7, 10, 3, 3 },
        { "26-21", 7, 9, 4, 2 }, { "26-22", 6, 8, 4, 2 }, { "26-23", 5, 11, 4, 1 }, { "26-24", 4, 7, 5, 1 }, { "26-25", 4, 9, 3, 1 },
        { "26-26", 1, 2, 0, 0 },
    };

    [Fact]
    public void EverySheet_ValidatesUnderTheDecisionsRules()
    {
        var sheets = ScorecardFiles.Read(Shipped, File26);

        sheets.Select(s => s.SetCode).ShouldBe(Enumerable.Range(1, 26).Select(n => $"26-{n:00}"));
        foreach (var sheet in sheets)
        {
            ScorecardValidator.Problems(sheet.Definition, Rules26).ShouldBeEmpty(sheet.Name);
            sheet.Definition.Parts.Select(p => (p.Code, p.MaxPoints)).ShouldBe([("A", 40), ("B", 25), ("C", 35)], sheet.Name);
        }
    }

    [Theory]
    [MemberData(nameof(AnnexCounts))]
    public void EachSet_KeepsTheAnnexsStarMarksAndKnockOuts(string setCode, int threeStar, int fourStar, int fiveStar, int knockOuts)
    {
        var sheet = ScorecardFiles.Read(Shipped, File26).Single(s => s.SetCode == setCode);
        var options = sheet.Definition.AllCriteria().SelectMany(c => c.Options).ToList();

        (options.Count(o => o.StarMark == 3), options.Count(o => o.StarMark == 4), options.Count(o => o.StarMark == 5)).ShouldBe((threeStar, fourStar, fiveStar));
        // The sheet's own "Hồ sơ bị loại khi…" is a rule of the definition the council applies, not only a note.
        ((sheet.Definition.KnockOut is null ? 0 : 1) + sheet.Definition.AllCriteria().Count(c => c.KnockOut is not null)).ShouldBe(knockOuts);
        // A star mark is the minimum answer for a class: the answers a class needs never exceed the criterion's maximum.
        sheet.Definition.AllCriteria().ShouldAllBe(c => c.RequiredPointsFor(5) <= c.MaxPoints);
    }

    /// <summary>
    /// "Hồ sơ bị loại khi…" stands 25 times in the annex's text: above 24 sheets (twice above set 1's, word for word), and above
    /// neither the cosmetics sheet (19) nor the tourism sheet (26). Each of the 24 carries it as the sheet's knock-out.
    /// </summary>
    [Fact]
    public void TheSheetsOwnKnockOut_IsTheAnnexsHoSoBiLoaiKhi()
    {
        var sheets = ScorecardFiles.Read(Shipped, File26);

        sheets.Where(s => s.Definition.KnockOut is null).Select(s => s.SetCode).ShouldBe(["26-19", "26-26"]);
        foreach (var sheet in sheets.Where(s => s.Definition.KnockOut is not null))
        {
            // Once, even where the annex repeats it (set 1).
            sheet.Definition.KnockOut!.ShouldStartWith("Hồ sơ bị loại khi: Giả mạo hồ sơ", Case.Sensitive, sheet.SetCode);
            sheet.Definition.KnockOut.ShouldNotContain("\n", Case.Sensitive, sheet.SetCode);
            sheet.Definition.KnockOutCodes().ShouldContain(ScorecardDefinition.SheetCode);
        }
    }

    /// <summary>A sheet stored before the sheet knock-out was read gets it at the next start; its verification and criteria stay.</summary>
    [Fact]
    public async Task AStoredSheetWithoutItsKnockOut_GetsIt_AndStaysVerified()
    {
        await using var app = await OcopApp.StartAsync();
        var verifiedAt = new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            var card = await db.Scorecards.SingleAsync(c => c.ProductSet!.Code == "26-09");
            card.DefinitionJson = System.Text.Json.JsonSerializer.Serialize(card.Definition() with { KnockOut = null }, CriteriaManifest.Json);
            (card.VerifiedAt, card.VerifiedBy) = (verifiedAt, "thuky@test.vn");
            await db.SaveChangesAsync();
            return 0;
        });

        (await app.WithScopeAsync(s => s.GetRequiredService<ScorecardLoader>().LoadMissingAsync(CancellationToken.None))).ShouldBe(0);
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Scorecards.SingleAsync(c => c.ProductSet!.Code == "26-09"));
        stored.Definition().KnockOut.ShouldStartWith("Hồ sơ bị loại khi: Giả mạo hồ sơ");
        (stored.VerifiedAt, stored.IsComplete).ShouldBe((verifiedAt, true));
    }

    [Fact]
    public void TheTourismSheet_ScoresOneCaseWhereTheAnnexOffersTwo()
    {
        var tourism = ScorecardFiles.Read(Shipped, File26).Single(s => s.SetCode == "26-26").Definition;

        var choices = tourism.Parts.SelectMany(p => p.Sections).Where(s => s.ChooseOne).ToList();
        choices.Select(s => (s.Code, s.Criteria.Count, s.MaxPoints)).ShouldBe([("C.8", 2, 3), ("C.9", 2, 2), ("C.15", 2, 3)]);
    }

    /// <summary>The shipped manifest loads the decision as a criteria version: the 26 sets under six groups, every scorecard complete.</summary>
    [Fact]
    public async Task TheTranscription_LoadsAsACriteriaVersion_WithEveryScorecardComplete()
    {
        await using var app = await OcopApp.StartAsync();
        var loaded = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Scorecards
            .Where(c => c.ProductSet!.CriteriaVersionCode == "26/2026")
            .Select(c => new { c.ProductSet!.Code, Group = c.ProductSet.Group!.Code, c.IsComplete }).ToListAsync());
        loaded.Count.ShouldBe(26);
        loaded.ShouldAllBe(c => c.IsComplete);
        loaded.GroupBy(c => c.Group).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ShouldBe([("I", 13), ("II", 4), ("III", 3), ("IV", 2), ("V", 3), ("VI", 1)]);
    }
}
