namespace TrafficCqrs.Domain.Cases;

public enum CaseStatus
{
    Opened,
    Accepted,
    Completed,
    Rejected,
    Withdrawn,
}

public static class CaseStatusExtensions
{
    public static bool IsFinal(this CaseStatus status) =>
        status is CaseStatus.Completed or CaseStatus.Rejected or CaseStatus.Withdrawn;
}
