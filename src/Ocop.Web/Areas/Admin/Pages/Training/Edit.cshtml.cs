using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Training;

/// <summary>A course and its sessions (rows of date and content; empty rows are ignored).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class EditModel(CourseService courses, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int BlankRows = 3;

    [BindProperty] public CourseInput Input { get; set; } = new();
    [BindProperty] public List<SessionRow> Rows { get; set; } = [];
    public int? Id { get; private set; }

    public sealed class SessionRow
    {
        public DateOnly? On { get; set; }
        public string? Title { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            var start = VietnamTime.Today(TimeProvider.System).AddDays(14);
            Input = new CourseInput { StartsOn = start, EndsOn = start, Capacity = 40, Audience = TrainingAudience.Producers, IsPublished = true };
            Rows = [new SessionRow { On = start, Title = "Buổi 1" }];
        }
        else if (await courses.GetAsync(id.Value, scope, ct) is { } c)
        {
            Input = new CourseInput
            {
                Title = c.Title, Topic = c.Topic, Audience = c.Audience, StartsOn = c.StartsOn, EndsOn = c.EndsOn, IsOnline = c.IsOnline, Place = c.Place,
                Trainer = c.Trainer, Capacity = c.Capacity, Description = c.Description, IsPublished = c.IsPublished, Version = c.Version,
            };
            Rows = [.. c.Sessions.Select(s => new SessionRow { On = s.On, Title = s.Title })];
        }
        else
        {
            return NotFound();
        }

        Rows.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new SessionRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, UserScope scope, CancellationToken ct)
    {
        Id = id;
        if (ModelState.ReplaceBindingErrors(localizer) | ModelState.ReplaceBindingErrors(localizer, "Rows"))
        {
            return Page();
        }

        Input.Sessions = [.. Rows.Where(r => r.On is not null || !string.IsNullOrWhiteSpace(r.Title)).Select(r => new SessionInput(r.On, r.Title))];
        var result = id is null ? await courses.CreateAsync(Input, scope, ct) : await courses.UpdateAsync(id.Value, Input, scope, ct);
        if (this.Outcome(result, localizer, savedId => this.RedirectWithFlash($"/admin/training/{savedId}", localizer["Flash.Saved"])) is { } done)
        {
            return done;
        }

        await this.TakeSavedVersionOnConflictAsync(result, async () => (await courses.GetAsync(id!.Value, scope, ct))?.Version, v => Input.Version = v);
        return Page();
    }
}
