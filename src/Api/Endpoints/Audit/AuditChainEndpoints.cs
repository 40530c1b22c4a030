using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Audit;
using TrafficCqrs.Application.Common;
using Wolverine;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Audit;

/// <summary>A list of exported checkpoints to verify the chain against.</summary>
public sealed record VerifyChainRequest(IReadOnlyList<ChainCheckpoint>? Checkpoints);

/// <summary>Tamper evidence (防篡改): the hash chain over the event log, its verification and checkpoints.</summary>
public static class AuditChainEndpoints
{
    /// <summary>
    /// Recomputes the chain from the stored events. With checkpointSequence and checkpointHead (an
    /// exported checkpoint), also checks that the events still produce that head.
    /// </summary>
    [WolverineGet("/api/audit/chain/verify", OperationId = "VerifyAuditChain")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Audit")]
    [ProducesResponseType<ChainReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<ChainReport> Verify(string? checkpointSequence, string? checkpointHead, HttpContext http,
        IQuerySession session, TimeProvider clock)
    {
        var checkpoints = new List<ChainCheckpoint>();
        if (checkpointSequence is not null || checkpointHead is not null)
            checkpoints.Add(Checkpoint("checkpointSequence", checkpointSequence, "checkpointHead", checkpointHead));
        return ChainVerification.VerifyAsync(session, checkpoints, clock.GetUtcNow(), http.RequestAborted);
    }

    /// <summary>Verifies the chain against any number of exported checkpoints given in the body.</summary>
    [WolverinePost("/api/audit/chain/verify", OperationId = "VerifyAuditChainAgainstCheckpoints")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Audit")]
    [ProducesResponseType<ChainReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<ChainReport> VerifyAgainst(VerifyChainRequest request, HttpContext http, IQuerySession session,
        TimeProvider clock)
    {
        var checkpoints = (request.Checkpoints ?? []).Select((c, i) =>
                Checkpoint($"checkpoints[{i}].sequence", c.Sequence.ToString(CultureInfo.InvariantCulture),
                    $"checkpoints[{i}].head", c.Head))
            .ToList();
        return ChainVerification.VerifyAsync(session, checkpoints, clock.GetUtcNow(), http.RequestAborted);
    }

    /// <summary>How far the chain has got (it follows the events asynchronously, usually within a second).</summary>
    [WolverineGet("/api/audit/chain/head", OperationId = "GetAuditChainHead")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Audit")]
    [ProducesResponseType<ChainStatus>(StatusCodes.Status200OK)]
    public static Task<ChainStatus> Head(HttpContext http, IQuerySession session) =>
        ChainQueries.Status(session, http.RequestAborted);

    /// <summary>Takes a checkpoint at the current chain head; keep the answer outside the database.</summary>
    [WolverinePost("/api/audit/chain/checkpoints", OperationId = "TakeAuditChainCheckpoint")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Audit")]
    [ProducesResponseType<ExportedCheckpoint>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static async Task<IResult> TakeCheckpoint(HttpContext http, IMessageBus bus)
    {
        var checkpoint = await bus.InvokeAsync<ExportedCheckpoint>(new TakeChainCheckpoint(RequestContext.For(http)),
            http.RequestAborted);
        return Results.Created("/api/audit/chain/checkpoints/latest", checkpoint);
    }

    [WolverineGet("/api/audit/chain/checkpoints/latest", OperationId = "GetLatestAuditChainCheckpoint")]
    [Authorize(Policy = Policies.Audit)]
    [Tags("Audit")]
    [ProducesResponseType<ExportedCheckpoint>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ExportedCheckpoint> LatestCheckpoint(HttpContext http, IQuerySession session) =>
        await ChainQueries.LatestCheckpoint(session, http.RequestAborted)
        ?? throw new NotFoundException("No checkpoint has been taken yet.");

    private static ChainCheckpoint Checkpoint(string sequenceField, string? sequence, string headField, string? head)
    {
        if (!long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var at) || at < 1)
            throw new InvalidFieldException(sequenceField, "Expected the checkpoint's sequence, a whole number from 1.");
        if (head is null || head.Length != 64 || !head.All(char.IsAsciiHexDigit))
            throw new InvalidFieldException(headField, "Expected the checkpoint's head: 64 hexadecimal characters.");
        return new ChainCheckpoint(at, head.ToLowerInvariant());
    }
}
