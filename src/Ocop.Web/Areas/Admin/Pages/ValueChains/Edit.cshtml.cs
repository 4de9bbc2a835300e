using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.ValueChains;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.ValueChains;

/// <summary>
/// A value chain: name, area, description, members (rows of role, producer or partner, contract; empty rows
/// ignored) and the products it makes, chosen among the member producers' products once they are saved.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class EditModel(ValueChainService chains, OcopDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int BlankRows = 3;

    [BindProperty] public ChainInput Input { get; set; } = new();
    [BindProperty] public List<MemberRow> Rows { get; set; } = [];
    public int? Id { get; private set; }
    public IReadOnlyList<AreaItem> AreaChoices { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Producers { get; private set; } = [];
    /// <summary>The saved member producers' products, to tick.</summary>
    public IReadOnlyList<(int Id, string Name, string Producer)> ProductChoices { get; private set; } = [];

    public sealed class MemberRow
    {
        public ChainRole? Role { get; set; }
        public int? ProducerId { get; set; }
        public string? PartnerName { get; set; }
        public string? Contract { get; set; }
        public DateOnly? ContractSignedOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        if (id is not null)
        {
            if (await chains.ChainAsync(id.Value, scope, ct) is not { } c)
            {
                return NotFound();
            }

            Input = new ChainInput { Name = c.Name, AreaId = c.Area?.Id, Description = c.Description, ProductIds = [.. c.Products.Select(p => p.Id)], Version = c.Version };
            Rows = [.. c.Members.Select(m => new MemberRow { Role = m.Role, ProducerId = m.ProducerId, PartnerName = m.ProducerId is null ? m.Name : null, Contract = m.Contract, ContractSignedOn = m.ContractSignedOn })];
        }

        Rows.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new MemberRow()));
        await LoadAsync(scope, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        await LoadAsync(scope, ct);
        if (ModelState.ReplaceBindingErrors(localizer) | ModelState.ReplaceBindingErrors(localizer, "Rows"))
        {
            return Page();
        }

        Input.Members = [.. Rows.Where(r => r.Role is not null || r.ProducerId is not null || !string.IsNullOrWhiteSpace(r.PartnerName))
            .Select(r => new MemberInput(r.Role, r.ProducerId, r.PartnerName, r.Contract, r.ContractSignedOn))];
        var result = await chains.SaveChainAsync(id, Input, scope, ct);
        return this.Outcome(result, localizer, savedId => this.RedirectWithFlash($"/admin/value-chains/edit/{savedId}", localizer["Flash.Saved"])) ?? Page();
    }

    private async Task LoadAsync(UserScope scope, CancellationToken ct)
    {
        AreaChoices = await chains.AreasAsync(scope, ct);
        var province = scope.ProvinceCode;
        Producers = [.. (await db.Producers.AsNoTracking().Where(p => scope.IsNational || p.ProvinceCode == province).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => (p.Id, p.Name))];
        if (Id is { } id && await chains.ChainAsync(id, scope, ct) is { } saved)
        {
            var members = saved.Members.Where(m => m.ProducerId is not null).Select(m => m.ProducerId!.Value).ToList();
            ProductChoices = [.. (await db.Products.AsNoTracking().Where(p => members.Contains(p.ProducerId)).Select(p => new { p.Id, p.Name, Producer = p.Producer!.Name }).ToListAsync(ct))
                .OrderBy(p => p.Producer, StringComparer.CurrentCulture).ThenBy(p => p.Name, StringComparer.CurrentCulture).Select(p => (p.Id, p.Name, p.Producer))];
        }
    }
}
