using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Areas.Admin.Pages.Products;

/// <summary>The product page's lots: add one, edit one (a concurrent change is caught), and each lot's documents.</summary>
public sealed partial class DetailsModel
{
    /// <summary>The new-lot form (kept when it is refused, so nothing typed is lost).</summary>
    [BindProperty] public LotForm NewLot { get; set; } = new();

    /// <summary>The edit form of one lot (its fields carry the lot's version, so a concurrent change is caught).</summary>
    [BindProperty] public LotForm EditLot { get; set; } = new();

    /// <summary>The lot whose edit was refused: its form stays open with what was typed and the messages.</summary>
    public int? RefusedEditLotId { get; private set; }

    /// <summary>The lot whose document upload was refused: its form stays open with the message.</summary>
    public int? RefusedLotId { get; private set; }

    /// <summary>The title typed with a refused upload, shown again so nothing typed is lost.</summary>
    public string? RefusedTitle { get; private set; }

    public sealed class LotForm
    {
        public string? Code { get; set; }
        public DateOnly? ProducedOn { get; set; }
        public DateOnly? ExpiresOn { get; set; }
        public decimal? Quantity { get; set; }
        public string? Unit { get; set; }
        public string? RawMaterialArea { get; set; }
        public string? Steps { get; set; }
        public int? Version { get; set; }
    }

    /// <summary>The steps text as the form shows it: one "dd/MM/yyyy what was done" per line.</summary>
    public static string StepsText(IEnumerable<LotStep> steps) =>
        string.Join('\n', steps.Select(s => $"{s.On.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} {s.Text}"));

    public async Task<IActionResult> OnPostAddLotAsync(int id, UserScope scope, [FromServices] LotService lots, CancellationToken ct) =>
        await SaveLotAsync(id, null, NewLot, "NewLot", "Flash.LotAdded", scope, lots, ct);

    public async Task<IActionResult> OnPostEditLotAsync(int id, int lotId, UserScope scope, [FromServices] LotService lots, CancellationToken ct)
    {
        RefusedEditLotId = lotId;
        return await SaveLotAsync(id, lotId, EditLot, "EditLot", "Flash.LotSaved", scope, lots, ct);
    }

    public async Task<IActionResult> OnPostAddLotDocumentAsync(
        int id, int lotId, string? title, IFormFile? file, UserScope scope, [FromServices] LotDocumentService documents, CancellationToken ct)
    {
        ServiceResult<int> result;
        if (file is null)
        {
            result = ServiceResult<int>.Invalid("File", "Validation.Document.Empty");
        }
        else
        {
            await using var stream = file.OpenReadStream();
            result = await documents.AddAsync(id, lotId, title, file.FileName, stream, file.Length, scope, ct);
        }

        (RefusedLotId, RefusedTitle) = (lotId, title);
        return this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/products/{id}#lots", localizer["Lots.DocumentAdded"]), $"LotDocument{lotId}")
            ?? await ShowAsync(id, scope, ct);
    }

    public async Task<IActionResult> OnPostDeleteLotDocumentAsync(
        int id, int lotId, int documentId, UserScope scope, [FromServices] LotDocumentService documents, CancellationToken ct) =>
        await documents.DeleteAsync(id, lotId, documentId, scope, ct)
            ? this.RedirectWithFlash($"/admin/products/{id}#lots", localizer["Lots.DocumentDeleted"])
            : NotFound();

    private async Task<IActionResult> SaveLotAsync(int id, int? lotId, LotForm form, string prefix, string flashKey, UserScope scope, LotService lots, CancellationToken ct)
    {
        var steps = new List<LotStep>();
        foreach (var line in (form.Steps ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !DateOnly.TryParseExact(line[..space], "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
            {
                ModelState.AddModelError($"{prefix}.Steps", $"{localizer["Validation.Lot.StepLine"]} {line}");
                return await ShowAsync(id, scope, ct);
            }

            steps.Add(new LotStep(on, line[(space + 1)..]));
        }

        var input = new LotInput(form.Code, form.ProducedOn, form.ExpiresOn, form.Quantity, form.Unit, form.RawMaterialArea, steps, form.Version);
        var result = await lots.SaveAsync(id, lotId, input, scope, ct);
        if (this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/products/{id}#lots", localizer[flashKey]), prefix, conflictField: $"{prefix}.Code") is { } done)
        {
            return done;
        }

        var page = await ShowAsync(id, scope, ct);
        if (result.Status == ServiceStatus.Conflict)
        {
            // What was typed stays; the version becomes the current one, so saving again after a look goes through.
            form.Version = Lots.FirstOrDefault(l => l.Id == lotId)?.Version;
        }

        return page;
    }
}
