using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Training;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Accounts.Home;

/// <summary>One thing waiting for the user: how many, and where to deal with it.</summary>
public sealed record TodoItem(string Key, int Count, string Url);

/// <summary>
/// A producer's to-dos on their home page (/portal): drafts to finish, dossiers returned, buyer inquiries to answer,
/// fairs and courses open to them, certificates expiring. Only what has a count shows.
/// </summary>
public sealed class ProducerTodos(DossierService dossiers, InquiryService inquiries, FairService fairs, BoothApplicationService applications,
    CourseService courses, RegistrationService registrations, Data.OcopDbContext db, CriteriaWindow window, TimeProvider clock)
{
    public async Task<IReadOnlyList<TodoItem>> ForAsync(UserScope scope, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var applied = (await applications.MineAsync(scope, ct)).Where(a => a.Status != ApplicationStatus.Withdrawn).Select(a => a.FairId).ToHashSet();
        var registered = (await registrations.MineAsync(scope, ct)).Where(r => !r.IsCancelled).Select(r => r.CourseId).ToHashSet();
        var items = new List<TodoItem>
        {
            new("Drafts", (await dossiers.ListAsync(new DossierQuery(DossierStatus.Draft, null, 1, 1), scope, ct)).TotalCount, "/admin/dossiers?status=Draft"),
            new("Returned", (await dossiers.ListAsync(new DossierQuery(DossierStatus.Returned, null, 1, 1), scope, ct)).TotalCount, "/admin/dossiers?status=Returned"),
            new("Inquiries", (await inquiries.ListAsync(scope, ct)).Count(i => i.Status == InquiryStatus.Open), "/portal/inquiries"),
            new("Fairs", (await fairs.PublicListAsync(today, ct)).Count(f => f.AcceptsApplications(today) && !applied.Contains(f.Id)), "/portal/fairs"),
            new("Courses", (await courses.ForProducerAsync(scope, ct)).Count(c => c.OpenToProducers(today) && !registered.Contains(c.Id)), "/portal/training"),
            new("Expiring", (await Programme.StarsEnding.BetweenAsync(db, db.Products.VisibleTo(scope), today, today.AddDays(window.Days), ct)).Count, "/admin/certificates?status=Expiring"),
        };
        return [.. items.Where(i => i.Count > 0)];
    }
}
