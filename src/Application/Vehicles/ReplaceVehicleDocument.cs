using Marten;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Common;
using TrafficCqrs.Domain.Vehicles;

namespace TrafficCqrs.Application.Vehicles;

/// <summary>What can be replaced when lost or damaged (补领、换领).</summary>
public enum VehicleDocument
{
    Plate,
    VehicleLicence,
    RegistrationCertificate,
    Sticker,
}

/// <summary>A lost or damaged plate, vehicle licence, registration certificate or sticker is replaced.</summary>
public sealed record ReplaceVehicleDocument(
    string Vin,
    VehicleDocument Document,
    string Reason,
    long? ExpectedVersion,
    CommandContext Context);

public static class ReplaceVehicleDocumentHandler
{
    public static Task<VehicleWritten> Handle(ReplaceVehicleDocument command, IDocumentSession session,
        TimeProvider clock, CancellationToken cancellation) =>
        VehicleStream.Decide(session, VehicleInput.Vin(command.Vin), command.ExpectedVersion, command.Context,
            nameof(ReplaceVehicleDocument),
            v => Decide(v, command.Document, command.Context.Actor, command.Reason, clock.GetUtcNow()), cancellation);

    internal static object Decide(Vehicle v, VehicleDocument document, Actor actor, string reason, DateTimeOffset now) =>
        document switch
        {
            VehicleDocument.Plate => VehicleRules.ReplacePlate(v, reason, now),
            VehicleDocument.VehicleLicence => VehicleRules.ReplaceLicence(v, reason, now),
            VehicleDocument.RegistrationCertificate => VehicleRules.ReplaceCertificate(v, actor, reason, now),
            _ => VehicleRules.ReplaceSticker(v, reason, now),
        };
}
