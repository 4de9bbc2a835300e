using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts.ApiTokens;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Pages.Account;

/// <summary>The signed-in user's API tokens: create (secret shown once), list, revoke.</summary>
[Authorize(Policy = Policies.InteractiveUser)]
public sealed class TokensModel(ApiTokenService tokens, IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    public static readonly int[] ValidityChoices = [30, 90, 180, 365];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int ValidDays { get; set; } = ApiTokenService.DefaultValidDays;

    public IReadOnlyList<ApiTokenItem> Tokens { get; private set; } = [];
    public CreatedApiToken? Created { get; private set; }
    public DateTime Now { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var result = await tokens.CreateAsync(UserId, new NewApiToken(Name, ValidDays), ct);
        if (result.IsOk)
        {
            // Rendered directly (no redirect): the secret must not travel through TempData or a URL.
            Created = result.Value;
            Name = null;
            ModelState.Clear(); // else the form shows the posted name again

        }
        else
        {
            ModelState.AddServiceErrors(result.Errors, localizer, prefix: "");
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var name = (await tokens.ListAsync(UserId, ct)).FirstOrDefault(t => t.Id == id)?.Name;
        if (name is null || !await tokens.RevokeAsync(UserId, id, ct))
        {
            return NotFound();
        }

        TempData["Flash"] = localizer["Tokens.RevokedFlash", name].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Tokens = await tokens.ListAsync(UserId, ct);
    }
}
