using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Ocop.Web.Data;

/// <summary>
/// The model differs by provider (trigram indexes on PostgreSQL only), so the cached model is
/// keyed by provider too: tests run both engines in one process.
/// </summary>
internal sealed class ProviderAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.Database.ProviderName, designTime);
}
