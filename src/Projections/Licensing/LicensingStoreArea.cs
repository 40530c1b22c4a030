using JasperFx.Events.Projections;
using Marten;

namespace TrafficCqrs.Projections.Licensing;

public sealed class LicensingStoreArea : IStoreArea
{
    public void Configure(StoreOptions opts)
    {
        // The licence is read often (driver record, every ID-only case): an inline snapshot.
        opts.Projections.Add(new DrivingLicenceProjection(), ProjectionLifecycle.Inline);
        // Exam applications are short streams: rebuilt on each command.
        opts.Projections.Add(new ExamApplicationProjection(), ProjectionLifecycle.Live);

        opts.Projections.Add<ExamScheduleProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<ExamDay>().Index(x => x.Office).Index(x => x.Date);
    }
}
