using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Support;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Support;

/// <summary>The province's support policies (in force first) with the records that used them; province officers add and change them (?id= to edit).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class PoliciesModel(PolicyService policies, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<PolicyItem> Items { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool CanEdit { get; private set; }
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public PolicyInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(UserScope scope, CancellationToken ct)
    {
        await LoadAsync(scope, ct);
        if (Id is { } id)
        {
            if (Items.FirstOrDefault(p => p.Id == id) is not { } p)
            {
                return NotFound();
            }

            Input = new PolicyInput { Name = p.Name, Area = p.Area, LegalBasis = p.LegalBasis, Conditions = p.Conditions, Budget = p.Budget, ValidFrom = p.ValidFrom, ValidTo = p.ValidTo, Version = p.Version };
        }
        else
        {
            Input.ValidFrom = Today;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(UserScope scope, CancellationToken ct)
    {
        await LoadAsync(scope, ct);
        if (ModelState.ReplaceBindingErrors(localizer))
        {
            return Page();
        }

        return this.Outcome(await policies.SaveAsync(Id, Input, scope, ct), localizer, _ => this.RedirectWithFlash("/admin/support/policies", localizer["Flash.Saved"]))
            ?? Page();
    }

    private async Task LoadAsync(UserScope scope, CancellationToken ct)
    {
        Today = VietnamTime.Today(clock);
        CanEdit = scope is { IsNational: false, CommuneCode: null };
        Items = [.. (await policies.ListAsync(scope, ct)).OrderByDescending(p => p.InForce(Today))];
    }
}
