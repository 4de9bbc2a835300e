using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Attachments;

namespace Ocop.Web.Data;

public abstract partial class OcopDbContext
{
    public DbSet<Attachment> Attachments => Set<Attachment>();
}
