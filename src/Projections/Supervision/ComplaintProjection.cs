using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Supervision;

using TrafficCqrs.Projections.Inline;

namespace TrafficCqrs.Projections.Supervision;

/// <summary>Wires the domain's <see cref="Complaint"/>; kept inline as the complaint board's read model too.</summary>
public partial class ComplaintProjection : ScreenedSingleStreamProjection<Complaint, Guid>
{
    public static Complaint Create(ComplaintFiled e) => Complaint.Create(e);
    public Complaint Apply(ComplaintAssigned e, Complaint state) => state.Apply(e);
    public Complaint Apply(ComplaintAnswered e, Complaint state) => state.Apply(e);
}

/// <summary>Wires the domain's <see cref="SanctionRecord"/>; kept inline so a standing is one load away.</summary>
public partial class SanctionRecordProjection : ScreenedSingleStreamProjection<SanctionRecord, Guid>
{
    public static SanctionRecord Create(InspectionRecorded e) => SanctionRecord.Create(e);
    public static SanctionRecord Create(SanctionImposed e) => SanctionRecord.Create(e);
    public SanctionRecord Apply(InspectionRecorded e, SanctionRecord state) => state.Apply(e);
    public SanctionRecord Apply(SanctionImposed e, SanctionRecord state) => state.Apply(e);
    public SanctionRecord Apply(SanctionLifted e, SanctionRecord state) => state.Apply(e);
}
