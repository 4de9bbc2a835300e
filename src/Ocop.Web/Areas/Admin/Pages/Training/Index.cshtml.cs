using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Training;

/// <summary>The training courses of the officer's province (all for the national admin).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(CourseService courses) : PageModel
{
    public IReadOnlyList<CourseItem> Courses { get; private set; } = [];
    public bool CanOrganise { get; private set; }

    public async Task OnGetAsync(UserScope scope, CancellationToken ct)
    {
        CanOrganise = scope is { IsNational: false, CommuneCode: null };
        Courses = await courses.ListAsync(scope, ct);
    }
}
