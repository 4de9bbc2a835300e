using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Integration;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Integration;

/// <summary>
/// Integration tokens for other systems: create (secret shown once), list, revoke. The national administrator
/// chooses the province; a province-level officer administers their own province's tokens.
/// </summary>
[Authorize(Policy = Policies.IntegrationAdmin)]
public sealed class IndexModel(IntegrationTokenService tokens, AdminUnitService units, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    public static readonly int[] ValidityChoices = [30, 90, 180, 365];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? ProvinceCode { get; set; }
    [BindProperty] public TokenAccess? Access { get; set; } = TokenAccess.Read;
    [BindProperty] public int ValidDays { get; set; } = IntegrationTokenService.DefaultValidDays;

    /// <summary>The national administrator's list filter.</summary>
    [BindProperty(SupportsGet = true, Name = "province")] public string? Filter { get; set; }

    public IReadOnlyList<IntegrationTokenItem> Tokens { get; private set; } = [];
    public IReadOnlyList<UnitDto> Provinces { get; private set; } = [];
    public CreatedIntegrationToken? Created { get; private set; }
    public bool IsNational { get; private set; }
    public DateTime Now { get; private set; }

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) => await LoadAsync(scope, ct);

    public async Task<IActionResult> OnPostCreateAsync(UserScope scope, CancellationToken ct)
    {
        var result = await tokens.CreateAsync(scope, new NewIntegrationToken(Name, ProvinceCode, Access, ValidDays), ct);
        if (result.IsOk)
        {
            // Rendered directly (no redirect): the secret must not travel through TempData or a URL.
            Created = result.Value;
            Name = null;
            ModelState.Clear();
        }
        else
        {
            ModelState.AddServiceErrors(result.Errors, localizer, prefix: "");
        }

        await LoadAsync(scope, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await tokens.RevokeAsync(scope, id, ct) is not { } revoked)
        {
            return NotFound();
        }

        TempData["Flash"] = localizer["Tokens.RevokedFlash", revoked.Name].Value;
        return RedirectToPage(new { province = Filter });
    }

    private async Task LoadAsync(UserScope scope, CancellationToken ct)
    {
        IsNational = scope.IsNational;
        Now = clock.GetUtcNow().UtcDateTime;
        Provinces = IsNational ? await units.ProvincesAsync(ct) : [];
        Tokens = await tokens.ListAsync(scope, Filter, ct);
    }
}
