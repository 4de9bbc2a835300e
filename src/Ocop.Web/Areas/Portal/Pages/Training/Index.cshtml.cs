using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Areas.Portal.Pages.Training;

// Area folder policy: Producer. The province's courses open to producers, the producer's registrations, feedback and certificates.
public sealed class IndexModel(CourseService courses, RegistrationService registrations, AttachmentService attachments, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<CourseItem> Open { get; private set; } = [];
    public IReadOnlyList<RegistrationItem> Mine { get; private set; } = [];
    public IReadOnlyDictionary<int, CourseItem> CoursesById { get; private set; } = new Dictionary<int, CourseItem>();
    public DateOnly Today { get; private set; }
    /// <summary>The materials of the courses the producer is registered on.</summary>
    public IReadOnlyDictionary<int, List<AttachmentItem>> Materials { get; private set; } = new Dictionary<int, List<AttachmentItem>>();

    [BindProperty] public int? Rating { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task OnGetAsync(UserScope scope, CancellationToken ct) => await LoadAsync(scope, ct);

    public async Task<IActionResult> OnPostRegisterAsync(int courseId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(await registrations.RegisterSelfAsync(courseId, scope, ct), "Training.Registered", scope, ct);

    public async Task<IActionResult> OnPostCancelAsync(int registrationId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(await registrations.CancelAsync(registrationId, scope, ct), "Training.Cancelled", scope, ct);

    public async Task<IActionResult> OnPostFeedbackAsync(int registrationId, UserScope scope, CancellationToken ct) =>
        await AfterAsync(await registrations.FeedbackAsync(registrationId, new FeedbackInput(Rating, Comment), scope, ct), "Training.Thanks", scope, ct);

    private async Task<IActionResult> AfterAsync(ServiceResult<int> result, string flash, UserScope scope, CancellationToken ct)
    {
        if (this.Outcome(result, localizer, _ => this.RedirectWithFlash("/portal/training", localizer[flash]), prefix: null) is { } done)
        {
            return done;
        }

        await LoadAsync(scope, ct);
        return Page();
    }

    private async Task LoadAsync(UserScope scope, CancellationToken ct)
    {
        Today = VietnamTime.Today(clock);
        var all = await courses.ForProducerAsync(scope, ct);
        Mine = await registrations.MineAsync(scope, ct);
        var taken = Mine.Where(r => !r.IsCancelled).Select(r => r.CourseId).ToHashSet();
        Open = [.. all.Where(c => c.OpenToProducers(Today) && !taken.Contains(c.Id))];
        CoursesById = all.ToDictionary(c => c.Id);
        var materials = new Dictionary<int, List<AttachmentItem>>();
        foreach (var courseId in taken)
        {
            materials[courseId] = await attachments.ListAsync(AttachmentOwner.Course, courseId, scope, ct) ?? [];
        }

        Materials = materials;
    }
}
