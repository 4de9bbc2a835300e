namespace Ocop.Web.Features.Evaluation.Criteria;

/// <summary>
/// The criteria manifest and the folder its data files live in, read once at start. The folder
/// is configurable (Ocop:CriteriaFolder) so a new decision's files can be dropped in beside the
/// shipped ones.
/// </summary>
public sealed class CriteriaCatalog(string folder)
{
    private readonly Lazy<CriteriaManifest> _manifest = new(() => CriteriaManifest.Read(folder));

    public string Folder => folder;

    public CriteriaManifest Manifest => _manifest.Value;

    public string PathOf(string file) => Path.Combine(folder, file);

    public WorkflowRegime? Regime(string code) => Manifest.Regimes.FirstOrDefault(r => r.Code == code);

    /// <summary>Every body a council step of any regime seats (by code), for the council member's account.</summary>
    public IReadOnlyList<CouncilBody> CouncilBodies() =>
        [.. Manifest.Regimes.SelectMany(r => r.Steps).SelectMany(s => s.Council?.Bodies ?? []).DistinctBy(b => b.Code)];

    /// <summary>The regime a dossier filed on <paramref name="day"/> follows (the manifest lists the newest first).</summary>
    public WorkflowRegime? RegimeForDossiersFiledOn(DateOnly day) => Manifest.Regimes.FirstOrDefault(r => r.TakesDossiersFiledOn(day));

    public CriteriaVersionEntry? Version(string code) => Manifest.Versions.FirstOrDefault(v => v.Code == code);
}
