using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Scorecards;

/// <summary>Every product set's scorecard and its state. Officers only.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(ScorecardService scorecards) : PageModel
{
    public IReadOnlyList<ScorecardSummary> Items { get; private set; } = [];

    public string? Version { get; private set; }

    public async Task OnGetAsync(string? version, CancellationToken ct)
    {
        Version = string.IsNullOrWhiteSpace(version) ? null : version;
        Items = await scorecards.ListAsync(Version, ct);
    }
}
