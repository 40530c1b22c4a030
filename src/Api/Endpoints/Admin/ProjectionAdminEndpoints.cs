using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Analytics;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Admin;

/// <summary>Read models' progress and lag, and their rebuild from the events.</summary>
public static class ProjectionAdminEndpoints
{
    /// <summary>How long one shard of a rebuild may take before the rebuild gives up.</summary>
    private static readonly TimeSpan ShardTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Each stored projection's progress (last event sequence applied) and lag behind the store.</summary>
    [WolverineGet("/api/admin/projections", OperationId = "ProjectionStatus")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Admin")]
    [ProducesResponseType<ProjectionsStatus>(StatusCodes.Status200OK)]
    public static async Task<ProjectionsStatus> Status(IDocumentStore store, HttpContext http) =>
        await ProjectionAdministration.Status(store, await store.DatabaseFor(http), http.RequestAborted);

    /// <summary>
    /// Rebuilds one projection: deletes its documents and replays every event. Answers when done,
    /// with the status afterwards; meanwhile GET /api/admin/projections shows its progress.
    /// </summary>
    [WolverinePost("/api/admin/projections/{name}/rebuild", OperationId = "RebuildProjection")]
    [Authorize(Policy = Policies.Admin)]
    [Tags("Admin")]
    [ProducesResponseType<ProjectionsStatus>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ProjectionsStatus> Rebuild(string name, IDocumentStore store,
        IProjectionCoordinator coordinator, HttpContext http)
    {
        // The caller's province database when each province has its own.
        var database = await store.DatabaseFor(http);
        await ProjectionAdministration.Rebuild(store, coordinator, name, ShardTimeout, http.RequestAborted, database);
        return await ProjectionAdministration.Status(store, database, http.RequestAborted);
    }
}
