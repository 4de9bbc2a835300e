using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Evaluation.Advisory;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Dossiers;

// Area folder policy: RegistryEditor; a dossier outside the caller's scope answers 404.
public sealed partial class DetailsModel(
    DossierService dossiers, DossierDocumentService documents, ProvincialRecognitionService recognition, AdvisoryService advisory,
    AttachmentService attachments, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public DossierDetails Dossier { get; private set; } = null!;

    public IReadOnlyList<DossierTransition> Actions { get; private set; } = [];

    [BindProperty] public string? Comment { get; set; }

    /// <summary>A national result the officer's province may recognise the product from (26/2026 Điều 7.4g).</summary>
    public NationalResult? NationalResult { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await LoadAsync(id, scope, ct) ? Page() : NotFound();

    /// <param name="checks">The pre-assessment checks ticked as met; an unticked check is not met.</param>
    /// <param name="findings">The commune's report (Mẫu 03), when the regime asks for one: a finding per check, with its number, date and signer.</param>
    public async Task<IActionResult> OnPostActAsync(
        int id, DossierAction action, int version, string[]? checks, Dictionary<string, string>? findings, string? reportNumber, DateOnly? reportOn,
        string? reportSigner, UserScope scope, CancellationToken ct)
    {
        Dictionary<string, bool>? answers = null;
        var current = action == DossierAction.Accept ? await dossiers.GetAsync(id, scope, ct) : null;
        if (current is { IntakeChecks.Count: > 0 })
        {
            answers = current.IntakeChecks.ToDictionary(c => c.Code, c => checks?.Contains(c.Code) == true);
        }

        var result = await dossiers.TransitionAsync(
            id, new DossierActionInput(action, Comment, version, answers, current?.ReportRule is null ? null : new CommuneReportInput(reportNumber, reportOn, reportSigner, findings)), scope, ct);
        return await AfterAsync(id, result, $"Flash.Dossier{action}", scope, ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, DossierDocumentType? type, IFormFile? file, UserScope scope, CancellationToken ct)
    {
        ServiceResult<int> result;
        if (file is null)
        {
            result = ServiceResult<int>.Invalid("File", "Validation.Document.Empty");
        }
        else
        {
            await using var stream = file.OpenReadStream();
            result = await documents.AddAsync(id, type, file.FileName, stream, file.Length, scope, ct);
        }

        return await AfterAsync(id, result, "Flash.DocumentUploaded", scope, ct);
    }

    public async Task<IActionResult> OnPostRecogniseAsync(
        int id, string? number, DateOnly? signedOn, string? signer, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await recognition.RecogniseAsync(id, new DecisionInput(number, signedOn, signer, null, null), scope, ct), "Flash.DecisionRecorded", scope, ct);

    public async Task<IActionResult> OnPostDeleteDocumentAsync(int id, int documentId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await documents.DeleteAsync(id, documentId, scope, ct), "Flash.DocumentDeleted", scope, ct);

    private async Task<IActionResult> AfterAsync(int id, ServiceResult<int> result, string flash, UserScope scope, CancellationToken ct) =>
        this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/dossiers/{id}", localizer[flash]), prefix: string.Empty)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        Dossier = (await dossiers.GetAsync(id, scope, ct))!;
        if (Dossier is null)
        {
            return false;
        }

        Actions = [.. DossierWorkflow.Available(Dossier.Status, scope)];
        NationalResult = await recognition.OpenResultAsync(id, scope, ct);
        Advisory = await advisory.ListAsync(id, scope, ct) ?? [];
        RecordsAdvisory = AdvisoryService.Records(scope);
        return true;
    }
}
