using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Dossiers;

// Area folder policy: RegistryEditor; a dossier outside the caller's scope answers 404.
public sealed class DetailsModel(DossierService dossiers, DossierDocumentService documents, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public DossierDetails Dossier { get; private set; } = null!;

    public IReadOnlyList<DossierTransition> Actions { get; private set; } = [];

    [BindProperty] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <param name="checks">The pre-assessment checks ticked as met; an unticked check is not met.</param>
    public async Task<IActionResult> OnPostActAsync(int id, DossierAction action, int version, string[]? checks, CancellationToken ct)
    {
        Dictionary<string, bool>? answers = null;
        if (action == DossierAction.Accept && await dossiers.GetAsync(id, UserScope.From(User), ct) is { IntakeChecks.Count: > 0 } current)
        {
            answers = current.IntakeChecks.ToDictionary(c => c.Code, c => checks?.Contains(c.Code) == true);
        }

        var result = await dossiers.TransitionAsync(id, new DossierActionInput(action, Comment, version, answers), UserScope.From(User), ct);
        return await AfterAsync(id, result, $"Flash.Dossier{action}", ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, DossierDocumentType? type, IFormFile? file, CancellationToken ct)
    {
        ServiceResult<int> result;
        if (file is null)
        {
            result = ServiceResult<int>.Invalid("File", "Validation.Document.Empty");
        }
        else
        {
            await using var stream = file.OpenReadStream();
            result = await documents.AddAsync(id, type, file.FileName, stream, file.Length, UserScope.From(User), ct);
        }

        return await AfterAsync(id, result, "Flash.DocumentUploaded", ct);
    }

    public async Task<IActionResult> OnPostDeleteDocumentAsync(int id, int documentId, CancellationToken ct) =>
        await AfterAsync(id, await documents.DeleteAsync(id, documentId, UserScope.From(User), ct), "Flash.DocumentDeleted", ct);

    private async Task<IActionResult> AfterAsync(int id, ServiceResult<int> result, string flash, CancellationToken ct)
    {
        switch (result.Status)
        {
            case ServiceStatus.Ok:
                TempData["Flash"] = localizer[flash].Value;
                return Redirect($"/admin/dossiers/{id}");
            case ServiceStatus.Conflict:
                ModelState.AddModelError(string.Empty, localizer["Problem.ConflictDetail"]);
                break;
            case ServiceStatus.Invalid:
                ModelState.AddServiceErrors(result.Errors, localizer, string.Empty);
                break;
            default:
                return NotFound();
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = UserScope.From(User);
        Dossier = (await dossiers.GetAsync(id, scope, ct))!;
        if (Dossier is null)
        {
            return false;
        }

        Actions = [.. DossierWorkflow.Available(Dossier.Status, scope.IsOfficer)];
        return true;
    }
}
