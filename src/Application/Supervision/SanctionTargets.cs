using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Supervision;

namespace TrafficCqrs.Application.Supervision;

internal static class SanctionTargets
{
    public static (string Kind, string Code) Validate(string kind, string code)
    {
        if (!SanctionTargetKinds.All.Contains(kind))
            throw new InvalidFieldException("targetKind", $"Target kind must be one of: {string.Join(", ", SanctionTargetKinds.All)}.");
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64)
            throw new InvalidFieldException("targetCode", "Give the target's code (at most 64 characters).");
        return (kind, code.Trim().ToUpperInvariant());
    }
}
