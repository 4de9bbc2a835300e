using System.Threading.Channels;

namespace Ocop.Web.Features.Accounts.Links;

/// <summary>
/// Account mail that must not show in the answer's timing (forgot password): the request queues the work and answers at
/// once, whether or not the address has an account; a background worker does the lookup and the sending.
/// </summary>
public sealed class AccountMailQueue
{
    private readonly Channel<Func<IServiceProvider, CancellationToken, Task>> _work =
        Channel.CreateBounded<Func<IServiceProvider, CancellationToken, Task>>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(Func<IServiceProvider, CancellationToken, Task> work) => _work.Writer.TryWrite(work);

    internal ChannelReader<Func<IServiceProvider, CancellationToken, Task>> Reader => _work.Reader;
}

internal sealed class AccountMailWorker(AccountMailQueue queue, IServiceScopeFactory scopes, ILogger<AccountMailWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await work(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Account mail could not be sent");
            }
        }
    }
}
