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

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRegisterAsync(int courseId, CancellationToken ct) =>
        await AfterAsync(await registrations.RegisterSelfAsync(courseId, UserScope.From(User), ct), "Training.Registered", ct);

    public async Task<IActionResult> OnPostCancelAsync(int registrationId, CancellationToken ct) =>
        await AfterAsync(await registrations.CancelAsync(registrationId, UserScope.From(User), ct), "Training.Cancelled", ct);

    public async Task<IActionResult> OnPostFeedbackAsync(int registrationId, CancellationToken ct) =>
        await AfterAsync(await registrations.FeedbackAsync(registrationId, new FeedbackInput(Rating, Comment), UserScope.From(User), ct), "Training.Thanks", ct);

    private async Task<IActionResult> AfterAsync(ServiceResult<int> result, string flash, CancellationToken ct)
    {
        if (result.Status == ServiceStatus.NotFound)
        {
            return NotFound();
        }

        if (!result.IsOk)
        {
            ModelState.AddServiceErrorsToSummary(result.Errors, localizer);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Flash"] = localizer[flash].Value;
        return Redirect("/portal/training");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = UserScope.From(User);
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
