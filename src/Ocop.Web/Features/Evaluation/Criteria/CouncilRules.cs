namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>
/// A council's composition as the regime sets it (26/2026 Điều 7.3b, 7.4b): the bodies it seats, which of them must be
/// represented, which may chair it (the leadership, or a department head it delegates), and its quorum.
/// </summary>
public sealed record CouncilRules(string Basis, IReadOnlyList<CouncilBody> Bodies, CouncilQuorum Quorum)
{
    public CouncilBody? Body(string? code) => Bodies.FirstOrDefault(b => b.Code == code);
}

/// <param name="Required">The council is not properly composed without a seat from this body.</param>
/// <param name="MayChair">A seat from this body may be the chair.</param>
public sealed record CouncilBody(string Code, string Name, bool Required, bool MayChair);

/// <summary>
/// How many seats must score a product for the council's result to stand. The decision leaves this to each council's
/// Quy chế hoạt động; the shipped value is the platform's default, stated in <see cref="Basis"/>.
/// </summary>
public sealed record CouncilQuorum(int Numerator, int Denominator, bool ChairPresent, string Basis)
{
    /// <summary>The fewest sheets that make a quorum among <paramref name="seats"/> seats (rounded up).</summary>
    public int Of(int seats) => ((seats * Numerator) + Denominator - 1) / Denominator;

    public string Share => $"{Numerator}/{Denominator}";
}
