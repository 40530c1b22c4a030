using JasperFx.Events.Daemon;
using Marten;

namespace TrafficCqrs.Api.Hosting;

/// <summary>
/// Starts the asynchronous projections once the service answers, after a configured delay
/// (Projections:StartDelay), instead of while the host starts: catching up and compiling the
/// daemon's code then no longer competes with the first requests on a small machine. Commands do
/// not wait for these projections; they only show the new events a little later.
/// </summary>
public static class DeferredProjectionStart
{
    public const string DelayKey = "Projections:StartDelay";

    /// <summary>
    /// <see cref="MartenServiceCollectionExtensions.MartenConfigurationExpression.AddAsyncDaemon"/>,
    /// with the daemon's hosted service replaced by one that starts it after the host has started.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddAsyncDaemonAfterStart(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten, DaemonMode mode, TimeSpan delay)
    {
        var services = marten.Services;
        var before = services.ToList();
        marten.AddAsyncDaemon(mode);
        // Only the hosted-service registration that call added is replaced; the coordinator stays as it is.
        var added = services.Where(d => d.ServiceType == typeof(IHostedService) && !before.Contains(d)).ToList();
        foreach (var descriptor in added)
            services.Remove(descriptor);
        if (added.Count > 0)
            services.AddSingleton<IHostedService>(s => new StartAfterHost(
                s.GetRequiredService<JasperFx.Events.Daemon.IProjectionCoordinator>(),
                s.GetRequiredService<IHostApplicationLifetime>(),
                delay,
                s.GetRequiredService<ILogger<StartAfterHost>>()));
        return marten;
    }

    private sealed class StartAfterHost(
        JasperFx.Events.Daemon.IProjectionCoordinator coordinator,
        IHostApplicationLifetime lifetime,
        TimeSpan delay,
        ILogger<StartAfterHost> logger) : IHostedService
    {
        private readonly CancellationTokenSource _stopping = new();
        private Task _started = Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(() => _started = Task.Run(StartLater));
            return Task.CompletedTask;
        }

        private async Task StartLater()
        {
            try
            {
                if (delay > TimeSpan.Zero)
                    await Task.Delay(delay, _stopping.Token);
                await coordinator.StartAsync(_stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogError(e, "The asynchronous projections could not be started");
            }
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            await _stopping.CancelAsync();
            await _started;
            await coordinator.StopAsync(cancellationToken);
        }
    }
}
