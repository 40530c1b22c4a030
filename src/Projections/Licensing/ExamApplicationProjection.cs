using Marten.Events.Aggregation;
using TrafficCqrs.Domain.Exams;

namespace TrafficCqrs.Projections.Licensing;

/// <summary>Rebuilds the domain's <see cref="ExamApplication"/> from its stream (live: applications are short).</summary>
public partial class ExamApplicationProjection : SingleStreamProjection<ExamApplication, Guid>
{
    public static ExamApplication Create(ExamApplicationFiled e) => ExamApplication.Create(e);
    public ExamApplication Apply(LearnerPermitIssued e, ExamApplication state) => state.Apply(e);
    public ExamApplication Apply(ExamBooked e, ExamApplication state) => state.Apply(e);
    public ExamApplication Apply(ExamBookingCancelled e, ExamApplication state) => state.Apply(e);
    public ExamApplication Apply(ExamAttemptScored e, ExamApplication state) => state.Apply(e);
    public ExamApplication Apply(ExamsAllPassed e, ExamApplication state) => state.Apply(e);
}
