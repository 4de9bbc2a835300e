namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>
/// Whether a scorecard can be used for scoring under its version's rules: every part reaches its
/// maximum with the best answers, the parts add up to the total (100), every criterion has
/// answers. The messages are shown to officers as they are.
/// </summary>
public static class ScorecardValidator
{
    public static IReadOnlyList<string> Problems(ScorecardDefinition definition, VersionRules rules)
    {
        var problems = new List<string>();
        if (definition.Parts.Count == 0 || !definition.Leaves().Any())
        {
            problems.Add("Phiếu chưa có tiêu chí nào.");
            return problems;
        }

        foreach (var missing in rules.PartMaxima.Keys.Where(code => definition.Parts.All(p => p.Code != code)))
        {
            problems.Add($"Thiếu phần {missing}.");
        }

        foreach (var part in definition.Parts)
        {
            if (!rules.PartMaxima.TryGetValue(part.Code, out var expected))
            {
                problems.Add($"Phần {part.Code} không có trong bộ tiêu chí (chỉ có {string.Join(", ", rules.PartMaxima.Keys)}).");
            }
            else if (part.MaxPoints != expected)
            {
                problems.Add($"Phần {part.Code} cộng được {part.MaxPoints} điểm tối đa, phải là {expected}.");
            }

            foreach (var section in part.Sections)
            {
                CheckSection(section, rules, problems);
            }
        }

        if (definition.MaxPoints != rules.TotalMax)
        {
            problems.Add($"Tổng điểm tối đa là {definition.MaxPoints}, phải là {rules.TotalMax}.");
        }

        var duplicateCodes = definition.Parts.SelectMany(p => p.Sections).Select(s => s.Code)
            .Concat(definition.AllCriteria().Select(c => c.Code))
            .GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicateCodes.Count > 0)
        {
            problems.Add($"Mã bị trùng: {string.Join(", ", duplicateCodes)}.");
        }

        return problems;
    }

    private static void CheckSection(ScoreSection section, VersionRules rules, List<string> problems)
    {
        if (section.Criteria.Count == 0)
        {
            problems.Add($"Mục {section.Code} không có tiêu chí.");
        }

        if (section.ChooseOne && section.Criteria.Count < 2)
        {
            problems.Add($"Mục {section.Code} là \"chọn một trường hợp\" nhưng có ít hơn hai trường hợp.");
        }

        var validMarks = rules.StarThresholds.Select(t => t.Stars).ToHashSet();
        foreach (var criterion in section.Criteria.SelectMany(c => c.SelfAndDescendants()))
        {
            if (string.IsNullOrWhiteSpace(criterion.Title))
            {
                problems.Add($"Tiêu chí {criterion.Code} chưa có tên.");
            }

            if (criterion.IsLeaf && criterion.Options.Count == 0)
            {
                problems.Add($"Tiêu chí {criterion.Code} chưa có mức điểm nào.");
            }

            if (!criterion.IsLeaf && criterion.Options.Count > 0)
            {
                problems.Add($"Tiêu chí {criterion.Code} có tiêu chí con nên không được có mức điểm riêng.");
            }

            if (criterion.Options.Any(o => o.Points < 0))
            {
                problems.Add($"Tiêu chí {criterion.Code} có mức điểm âm.");
            }

            if (criterion.Options.Any(o => string.IsNullOrWhiteSpace(o.Text)))
            {
                problems.Add($"Tiêu chí {criterion.Code} có mức điểm chưa có nội dung.");
            }

            if (criterion.Options.Any(o => o.StarMark is { } m && !validMarks.Contains(m)) ||
                criterion.MandatoryStarMark is { } mm && !validMarks.Contains(mm))
            {
                problems.Add($"Tiêu chí {criterion.Code} có dấu sao ngoài các hạng {string.Join(", ", validMarks.Order())}.");
            }
        }
    }
}
