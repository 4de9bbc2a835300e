namespace Ocop.Web.Infrastructure;

/// <summary>
/// A scoped service built only when first asked for. The public pages answer most requests from the read cache
/// (<see cref="Features.Public.PublicReadCache"/>): taking their database services directly would build a database
/// context and its options for every request, a tenth of a product page's time, for a read that does not happen.
/// </summary>
public sealed class Deferred<T>(IServiceProvider services) where T : notnull
{
    private T? value;

    public T Value => value ??= services.GetRequiredService<T>();
}
