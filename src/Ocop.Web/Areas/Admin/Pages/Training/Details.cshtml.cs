using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Admin.Pages.Training;

/// <summary>A course: its trainees with attendance per session, the form to register a producer or an official, and a session's roll call.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DetailsModel(CourseService courses, RegistrationService registrations, AttachmentService attachments, OcopDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CourseItem Course { get; private set; } = null!;
    public IReadOnlyList<RegistrationItem> Trainees { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Producers { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Communes { get; private set; } = [];
    public SessionItem? RollCall { get; private set; }
    public IReadOnlyList<AttachmentItem> Materials { get; private set; } = [];

    /// <summary>The session whose roll call is shown; the latest one already held by default.</summary>
    [BindProperty(SupportsGet = true)] public int? Session { get; set; }
    [BindProperty] public RegistrationInput Registration { get; set; } = new();
    [BindProperty] public List<int> Present { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, UserScope scope, CancellationToken ct) => await LoadAsync(id, scope, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRegisterAsync(int id, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await registrations.RegisterAsync(id, Registration, scope, ct), localizer["Training.Registered"].Value, scope, ct);

    public async Task<IActionResult> OnPostAttendanceAsync(int id, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await registrations.MarkAttendanceAsync(id, new AttendanceInput(Session, Present), scope, ct), localizer["Training.AttendanceSaved"].Value, scope, ct);

    public async Task<IActionResult> OnPostCancelAsync(int id, int registrationId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await registrations.CancelAsync(registrationId, scope, ct), localizer["Training.Cancelled"].Value, scope, ct);

    public async Task<IActionResult> OnPostMaterialAsync(int id, string? materialTitle, IFormFile? materialFile, UserScope scope, CancellationToken ct) =>
        await AfterAsync(id, await attachments.AddUploadAsync(AttachmentOwner.Course, id, materialTitle, materialFile, scope, ct),
            localizer["Training.MaterialAdded"].Value, scope, ct);

    public async Task<IActionResult> OnPostDeleteMaterialAsync(int id, int attachmentId, UserScope scope, CancellationToken ct) =>
        await attachments.DeleteAsync(AttachmentOwner.Course, id, attachmentId, scope, ct)
            ? await AfterAsync(id, ServiceResult<int>.Ok(attachmentId), localizer["Training.MaterialRemoved"].Value, scope, ct)
            : NotFound();

    private async Task<IActionResult> AfterAsync(int id, ServiceResult<int> result, string flash, UserScope scope, CancellationToken ct) =>
        this.Outcome(result, localizer, _ => this.RedirectWithFlash($"/admin/training/{id}" + (Session is { } s ? $"?session={s}" : ""), flash), prefix: null)
            ?? (await LoadAsync(id, scope, ct) ? Page() : NotFound());

    private async Task<bool> LoadAsync(int id, UserScope scope, CancellationToken ct)
    {
        if (await courses.GetAsync(id, scope, ct) is not { } course)
        {
            return false;
        }

        Course = course;
        Trainees = await registrations.ListAsync(id, scope, ct) ?? [];
        Materials = await attachments.ListAsync(AttachmentOwner.Course, id, scope, ct) ?? [];
        var today = VietnamTime.Today(TimeProvider.System);
        RollCall = course.Sessions.FirstOrDefault(s => s.Id == Session) ?? course.Sessions.LastOrDefault(s => s.On <= today);
        Session = RollCall?.Id;
        // A province holds a few hundred producers: one list to pick from.
        Producers = [.. (await db.Producers.AsNoTracking().Where(p => p.ProvinceCode == course.ProvinceCode).Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => (p.Id, p.Name))];
        Communes = [.. (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == course.ProvinceCode).Select(c => new { c.Code, c.Name }).ToListAsync(ct))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c => (c.Code, c.Name))];
        return true;
    }
}
