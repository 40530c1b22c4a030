using System.Text.Json;
using Marten;
using Microsoft.Extensions.Options;
using TrafficCqrs.Api.Hosting;
using TrafficCqrs.Application.Cases;
using TrafficCqrs.Application.Common;

namespace TrafficCqrs.Api.Security;

/// <summary>One read of unmasked personal data by an auditor or supervisor: who, what, when.</summary>
public sealed class PersonalDataRead
{
    public Guid Id { get; set; }
    public string User { get; set; } = "";
    public string Roles { get; set; } = "";
    public string Office { get; set; } = "";
    /// <summary>The request as sent, e.g. GET /api/cases/…?office=….</summary>
    public string Request { get; set; } = "";
    /// <summary>The records shown, e.g. the case ids.</summary>
    public List<Guid> Subjects { get; set; } = [];
    public string CorrelationId { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

/// <summary>
/// Answers a read with personal data as the caller may see it: whole for those who handle the
/// record, whole and recorded for auditors and supervisors (the record is written before the data
/// leaves), masked for everyone else.
/// </summary>
public static class PersonalDataDisclosure
{
    public static async Task<IResult> Show<T>(HttpContext http, T value, Disclosure disclosure, params IEnumerable<Guid> subjects)
    {
        switch (disclosure)
        {
            case Disclosure.Full:
                return Results.Ok(value);
            case Disclosure.Recorded:
                await Record(http, subjects);
                return Results.Ok(value);
            default:
                var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
                return Results.Json(PersonalData.MaskAll(JsonSerializer.SerializeToNode(value, json)), json);
        }
    }

    public static async Task Record(HttpContext http, IEnumerable<Guid> subjects)
    {
        var actor = ActorFactory.FromPrincipal(http.User);
        var store = http.RequestServices.GetRequiredService<IDocumentStore>();
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        await using var session = store.LightweightSessionFor(http);
        session.Insert(new PersonalDataRead
        {
            Id = Guid.CreateVersion7(),
            User = actor.UserId,
            Roles = string.Join(',', actor.Roles),
            Office = actor.Office,
            Request = $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}",
            Subjects = subjects.ToList(),
            CorrelationId = RequestContext.CorrelationId(http),
            At = clock.GetUtcNow(),
        });
        await session.SaveChangesAsync(http.RequestAborted);
    }

    public static IServiceCollection AddPersonalDataReadLog(this IServiceCollection services) =>
        services.ConfigureMarten(opts => opts.Schema.For<PersonalDataRead>().Index(x => x.User).Index(x => x.At));
}
