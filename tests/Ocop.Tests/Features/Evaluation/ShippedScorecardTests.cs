using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Evaluation.Criteria;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>The transcribed scorecards as shipped: read, validated, loaded and matched to product sets.</summary>
public sealed class ShippedScorecardTests
{
    private static readonly CriteriaCatalog Shipped = new(CriteriaManifest.DefaultFolder);

    public static TheoryData<string> Versions() => ["148/2023", "1048/2019"];

    [Theory]
    [MemberData(nameof(Versions))]
    public void EveryCompleteSet_SumsTo100WithTheVersionsPartMaxima(string code)
    {
        var entry = Shipped.Manifest.Versions.Single(v => v.Code == code);
        var scorecards = ScorecardFiles.Read(Shipped, entry.Scorecards!);
        scorecards.Count.ShouldBe(26);

        var valid = scorecards.Where(s => ScorecardValidator.Problems(s.Definition, entry.Rules).Count == 0).ToList();
        valid.Count.ShouldBe(22, "the transcription has 22 complete sets per version");
        foreach (var scorecard in valid)
        {
            scorecard.Definition.MaxPoints.ShouldBe(100, scorecard.Name);
            foreach (var part in scorecard.Definition.Parts)
            {
                part.MaxPoints.ShouldBe(entry.Rules.PartMaxima[part.Code], $"{scorecard.Name}, phần {part.Code}");
            }
        }
    }

    [Fact]
    public void IncompleteSets_AreTheOnesTheTranscriptionFlags_WithTheirShortfall()
    {
        var rejected = Shipped.Manifest.Versions
            .SelectMany(v => ScorecardFiles.Read(Shipped, v.Scorecards!).Select(s => (s, Problems: ScorecardValidator.Problems(s.Definition, v.Rules))))
            .Where(x => x.Problems.Count > 0)
            .ToDictionary(x => x.s.SetCode, x => x.Problems);

        rejected.Keys.Order().ShouldBe(["1048-03", "1048-10", "1048-16", "1048-19", "148-07", "148-11", "148-12", "148-13"]);
        rejected["148-11"].ShouldContain("Tổng điểm tối đa là 97, phải là 100.");
        rejected["1048-03"].ShouldBe(["Phiếu chưa có tiêu chí nào."]);
        rejected["1048-16"].ShouldContain("Phần C cộng được 38 điểm tối đa, phải là 40.");
    }

    [Fact]
    public void StarMarks148_AreReadAsData()
    {
        var entry = Shipped.Manifest.Versions.Single(v => v.Code == "148/2023");
        var tourism = ScorecardFiles.Read(Shipped, entry.Scorecards!).Single(s => s.SetCode == "148-26").Definition;
        tourism.AllCriteria().Single(c => c.Title == "e) Sở hữu trí tuệ").MandatoryStarMark.ShouldBe(4);
        tourism.Parts.SelectMany(p => p.Sections).Count(s => s.ChooseOne).ShouldBe(3);
        var growth = tourism.AllCriteria().Single(c => c.Title == "d) Tăng trưởng sản xuất kinh doanh");
        growth.RequiredPointsFor(3).ShouldBe(0);
        growth.RequiredPointsFor(4).ShouldBe(3);
    }

    /// <summary>
    /// Every knock-out note of the 1048 transcription ("Bị loại nếu…", "Không đánh giá các bước tiếp
    /// theo…"), found by walking the source file itself, is a criterion's knock-out once read.
    /// </summary>
    [Fact]
    public void KnockOutNotes1048_AreKeptForTheCouncil_EveryOne()
    {
        var entry = Shipped.Manifest.Versions.Single(v => v.Code == "1048/2019");
        using var source = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(CriteriaManifest.DefaultFolder, entry.Scorecards!.File)));
        var inSource = new List<string>();
        CollectKnockOutNotes(source.RootElement.GetProperty("product_sets"), inSource);

        var read = ScorecardFiles.Read(Shipped, entry.Scorecards!).SelectMany(s => s.Definition.AllCriteria()).Select(c => c.KnockOut).OfType<string>().ToList();

        inSource.Count.ShouldBeGreaterThan(20, "the 1048 sheets carry a knock-out note in most sets");
        inSource.ShouldAllBe(note => read.Any(k => k.Contains(note)));
    }

    /// <summary>
    /// Every knock-out of the 148 transcription is kept, wherever the sheet writes it: a criterion's note or title, a
    /// section's note (sets 01 and 02: "Không đánh giá các bước tiếp theo nếu…" under section 10), or beside an answer
    /// (sets 21 and 22: "Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ").
    /// </summary>
    [Fact]
    public void KnockOuts148_AreKeptForTheCouncil_WhereverTheSheetWritesThem()
    {
        var entry = Shipped.Manifest.Versions.Single(v => v.Code == "148/2023");
        using var source = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(CriteriaManifest.DefaultFolder, entry.Scorecards!.File)));
        var sets = ScorecardFiles.Read(Shipped, entry.Scorecards!).ToDictionary(s => s.SetCode);
        var total = 0;
        foreach (var set in source.RootElement.GetProperty("product_sets").EnumerateArray())
        {
            var inSource = new List<string>();
            CollectKnockOutNotes(set.GetProperty("parts"), inSource, ["note", "title", "text", "text_source", "note_following_option_in_source"]);
            var read = sets[$"148-{set.GetProperty("set_no").GetInt32():00}"].Definition.AllCriteria().Select(c => c.KnockOut).OfType<string>().ToList();
            inSource.ShouldAllBe(note => read.Any(k => k.Contains(note)), $"set {set.GetProperty("set_no")}");
            total += inSource.Count;
        }

        total.ShouldBeGreaterThanOrEqualTo(14);
        foreach (var code in new[] { "148-01", "148-21", "148-22" })
        {
            sets[code].Definition.AllCriteria().ShouldContain(c => c.KnockOut != null, code);
        }
    }

    private static void CollectKnockOutNotes(System.Text.Json.JsonElement element, List<string> notes, string[]? fields = null)
    {
        fields ??= ["note"];
        string[] words = ["bị loại", "không đánh giá các bước tiếp theo", "không đánh giá tiếp"];
        if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (fields.Contains(property.Name) && property.Value.ValueKind == System.Text.Json.JsonValueKind.String
                    && property.Value.GetString() is { } note && words.Any(w => note.Contains(w, StringComparison.OrdinalIgnoreCase)))
                {
                    notes.Add(note);
                }

                CollectKnockOutNotes(property.Value, notes, fields);
            }
        }
        else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectKnockOutNotes(item, notes, fields);
            }
        }
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Migrate_LoadsAScorecardForEverySet_UnverifiedAndFlagged(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var cards = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Scorecards
            .Select(c => new { c.ProductSet!.Code, c.ProductSet.Name, c.IsComplete, c.VerifiedAt, c.Problems }).ToListAsync());

        cards.Count.ShouldBe(78);
        cards.Count(c => c.IsComplete).ShouldBe(70);
        cards.ShouldAllBe(c => c.VerifiedAt == null);
        cards.Where(c => !c.IsComplete).ShouldAllBe(c => c.Problems != null);
        // The 1048 scorecard source numbers sets differently: its "Chè tươi, chế biến" is classification set 12.
        cards.Single(c => c.Code == "1048-12").Name.ShouldBe("Chè tươi, chế biến");
    }

    [Fact]
    public async Task NewDecision_IsAddedAsDataAlone_AndASheetNotSummingTo100IsRejected()
    {
        await using var app = await OcopApp.StartAsync();
        var folder = NewDecisionFolder();
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OcopDbContext>();
            var catalog = new CriteriaCatalog(folder);
            (await new Ocop.Web.Features.Classification.ClassificationLoader(db, catalog).LoadMissingAsync(default)).ShouldBeTrue();
            (await new ScorecardLoader(db, catalog, Microsoft.Extensions.Logging.Abstractions.NullLogger<ScorecardLoader>.Instance).LoadMissingAsync(default)).ShouldBe(2);
            return 0;
        });

        var cards = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Scorecards
            .Where(c => c.ProductSet!.CriteriaVersionCode == "999/2026")
            .OrderBy(c => c.ProductSet!.Code)
            .Select(c => new { c.ProductSet!.Code, c.IsComplete, c.Problems }).ToListAsync());
        cards.Select(c => (c.Code, c.IsComplete)).ShouldBe([("999-01", true), ("999-02", false)]);
        cards[1].Problems.ShouldBe("Phần B cộng được 29 điểm tối đa, phải là 30.\nTổng điểm tối đa là 99, phải là 100.");

        var rules = await app.WithScopeAsync(async s => (await s.GetRequiredService<OcopDbContext>().CriteriaVersions.SingleAsync(v => v.Code == "999/2026")).Rules());
        rules.StarsForPoints(85).ShouldBe(5, "the new decision's own thresholds apply");
        rules.CertificateExpiry(new DateOnly(2026, 1, 15)).ShouldBe(new DateOnly(2028, 1, 15));
    }

    /// <summary>A made-up decision "999/2026": two parts of 70/30, 5★ from 85, certificates valid 24 months.</summary>
    private static string NewDecisionFolder()
    {
        var folder = Path.Combine(TestPaths.Root, "criteria-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, CriteriaManifest.FileName), """
            { "versions": [ {
                "code": "999/2026", "decision": "999/QĐ-TTg (2026)", "acceptsNewProducts": true, "sortOrder": 0,
                "classification": { "file": "classification-999.json", "format": "canonical" },
                "scorecards": { "file": "scorecards-999.json", "format": "canonical" },
                "rules": { "partMaxima": { "A": 70, "B": 30 },
                  "starThresholds": [ { "stars": 5, "minPoints": 85 }, { "stars": 4, "minPoints": 70 }, { "stars": 3, "minPoints": 50 }, { "stars": 1, "minPoints": 0 } ],
                  "certifiedStars": [ 3, 4, 5 ], "certificateValidityMonths": 24, "expiringWithinDays": 60, "nationalCandidateMinPoints": 85,
                  "discussionSpreadPoints": 8, "starMarksAreMinimums": true, "unmetCriterionScoresZero": true } } ],
              "regimes": [] }
            """);
        File.WriteAllText(Path.Combine(folder, "classification-999.json"), """
            { "groups": [ { "code": "1", "name": "Thực phẩm", "sets": [ { "code": "999-01", "name": "Nông sản tươi" }, { "code": "999-02", "name": "Đồ uống" } ] } ] }
            """);
        static string Sheet(string code, int b) => $$"""
            { "setCode": "{{code}}", "name": "{{code}}", "parts": [
              { "code": "A", "title": "Phần A", "sections": [ { "code": "A.1", "title": "Tổ chức", "chooseOne": false, "criteria": [
                { "code": "A.1.1", "title": "Loại hình", "options": [ { "text": "Hộ", "points": 10 }, { "text": "HTX", "points": 70 } ], "subCriteria": [] } ] } ] },
              { "code": "B", "title": "Phần B", "sections": [ { "code": "B.1", "title": "Tiếp thị", "chooseOne": false, "criteria": [
                { "code": "B.1.1", "title": "Kênh", "options": [ { "text": "Có", "points": {{b}} } ], "subCriteria": [] } ] } ] } ] }
            """;
        File.WriteAllText(Path.Combine(folder, "scorecards-999.json"), $$"""{ "scorecards": [ {{Sheet("999-01", 30)}}, {{Sheet("999-02", 29)}} ] }""");
        return folder;
    }
}
