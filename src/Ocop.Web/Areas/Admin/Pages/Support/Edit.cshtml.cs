using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Support;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Support;

/// <summary>A support record: producer (and product) of the officer's area, kind, provider, dates, cost, funding, status, outcome, policy.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class EditModel(SupportService support, PolicyService policies, AttachmentService attachments, OcopDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public SupportInput Input { get; set; } = new();
    public int? Id { get; private set; }
    /// <summary>The area's producers with their products, for the two pickers (a few hundred at most).</summary>
    public IReadOnlyList<(int Id, string Name, IReadOnlyList<(int Id, string Name)> Products)> Producers { get; private set; } = [];
    public IReadOnlyList<PolicyItem> PolicyChoices { get; private set; } = [];
    public IReadOnlyList<AttachmentItem> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? producerId, UserScope scope, CancellationToken ct)
    {
        Id = id;
        if (id is not null)
        {
            if (await support.GetAsync(id.Value, scope, ct) is not { } r)
            {
                return NotFound();
            }

            Input = new SupportInput
            {
                ProducerId = r.ProducerId, ProductId = r.ProductId, Kind = r.Kind, Provider = r.Provider, StartsOn = r.StartsOn, EndsOn = r.EndsOn, Cost = r.Cost,
                Funding = r.Funding, Status = r.Status, Outcome = r.Outcome, PolicyId = r.PolicyId, Version = r.Version,
            };
        }
        else
        {
            Input = new SupportInput { ProducerId = producerId, StartsOn = VietnamTime.Today(TimeProvider.System), Status = SupportStatus.InProgress, Cost = 0 };
        }

        await LoadAsync(scope, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        await LoadAsync(scope, ct);
        if (ModelState.ReplaceBindingErrors(localizer))
        {
            return Page();
        }

        var result = await support.SaveAsync(id, Input, scope, ct);
        if (this.Outcome(result, localizer, _ => this.RedirectWithFlash("/admin/support", localizer["Flash.Saved"])) is { } done)
        {
            return done;
        }

        await this.TakeSavedVersionOnConflictAsync(result, async () => (await support.GetAsync(id!.Value, scope, ct))?.Version, v => Input.Version = v);

        return Page();
    }

    public async Task<IActionResult> OnPostDocumentAsync(int id, string? documentTitle, IFormFile? documentFile, UserScope scope, CancellationToken ct)
    {
        var result = await attachments.AddUploadAsync(AttachmentOwner.SupportRecord, id, documentTitle, documentFile, scope, ct);

        if (result.Status == ServiceStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.IsOk)
        {
            TempData["FlashError"] = string.Join(" ", result.Errors.Values.SelectMany(v => v).Select(k => localizer[k].Value));
        }
        else
        {
            TempData["Flash"] = localizer["Support.DocumentAdded"].Value;
        }

        return Redirect($"/admin/support/edit/{id}");
    }

    private async Task LoadAsync(UserScope scope, CancellationToken ct)
    {
        if (Id is { } recordId)
        {
            Documents = await attachments.ListAsync(AttachmentOwner.SupportRecord, recordId, scope, ct) ?? [];
        }

        var producers = await db.Producers.VisibleTo(scope).AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var ids = producers.Select(p => p.Id).ToList();
        var products = (await db.Products.AsNoTracking().Where(p => ids.Contains(p.ProducerId)).Select(p => new { p.Id, p.Name, p.ProducerId }).ToListAsync(ct))
            .ToLookup(p => p.ProducerId);
        Producers = [.. producers.OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => (p.Id, p.Name, (IReadOnlyList<(int, string)>)[.. products[p.Id].OrderBy(x => x.Name, StringComparer.CurrentCulture).Select(x => (x.Id, x.Name))]))];
        PolicyChoices = await policies.ListAsync(scope, ct);
    }
}
