using System.Globalization;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Evaluation.Batches;

/// <summary>
/// Holds a council's seats against its step's composition rules (26/2026 Điều 7.3b, 7.4b) and its quorum: the batch page
/// shows the result, seating and closing the round are refused on it.
/// </summary>
internal static class CouncilCompositionCheck
{
    public static CouncilComposition? Of(CouncilRules? rules, IReadOnlyCollection<CouncilSeat> seats)
    {
        if (rules is null)
        {
            return null;
        }

        var seated = seats.Select(s => s.Body).ToHashSet();
        var missing = rules.Bodies.Where(b => b.Required && !seated.Contains(b.Code)).Select(b => b.Name).ToList();
        return new CouncilComposition(rules.Basis, rules.Bodies, missing, seats.Any(s => s.Role == CouncilRole.Chair),
            rules.Quorum.Of(seats.Count), rules.Quorum.Basis);
    }

    /// <summary>Why the council may not conclude as composed (message keys, with values); empty when it may.</summary>
    public static List<string> Problems(CouncilComposition composition)
    {
        var basis = composition.Basis;
        var problems = new List<string>();
        if (!composition.HasChair)
        {
            problems.Add(MessageKey.With("Validation.Council.NoChair", basis));
        }

        if (composition.MissingBodies.Count > 0)
        {
            problems.Add(MessageKey.With("Validation.Council.MissingBodies", string.Join("; ", composition.MissingBodies), basis));
        }

        return problems;
    }

    /// <summary>A seat's body: required and known under rules, and one that may chair for the chair's seat. Null when fine.</summary>
    public static (string Field, string Message)? SeatProblem(CouncilRules rules, SeatInput input)
    {
        var body = rules.Body(input.Body?.Trim());
        if (body is null)
        {
            return ("Body", MessageKey.With("Validation.Council.Body", string.Join("; ", rules.Bodies.Select(b => b.Name))));
        }

        return input.Role == CouncilRole.Chair && !body.MayChair
            ? ("Body", MessageKey.With("Validation.Council.ChairBody", body.Name, string.Join("; ", rules.Bodies.Where(b => b.MayChair).Select(b => b.Name))))
            : null;
    }

    /// <summary>
    /// Products scored by too few seats for the quorum, or without the chair's sheet when the rules want the chair present;
    /// each with who has not submitted.
    /// </summary>
    public static List<string> QuorumProblems(CouncilRules rules, EvaluationBatch batch)
    {
        var needed = rules.Quorum.Of(batch.Council.Count);
        var problems = new List<string>();
        foreach (var entry in batch.Entries)
        {
            var submitted = batch.Council.Where(seat => entry.Sheets.Any(s => s.MemberUserId == seat.UserId && s.Status == SheetStatus.Submitted)).ToList();
            var chairScored = !rules.Quorum.ChairPresent || submitted.Any(s => s.Role == CouncilRole.Chair);
            if (submitted.Count < needed || !chairScored)
            {
                var absent = batch.Council.Except(submitted).OrderBy(s => s.Role).ThenBy(s => s.User?.Email, StringComparer.Ordinal).Select(s => s.User?.Email ?? s.UserId);
                problems.Add(MessageKey.With(rules.Quorum.ChairPresent ? "Validation.Council.NoQuorumWithChair" : "Validation.Council.NoQuorum", entry.Dossier!.Product!.Name,
                    submitted.Count.ToString(CultureInfo.InvariantCulture), batch.Council.Count.ToString(CultureInfo.InvariantCulture),
                    needed.ToString(CultureInfo.InvariantCulture), rules.Quorum.Share, string.Join(", ", absent)));
            }
        }

        return problems;
    }
}
