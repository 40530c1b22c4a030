using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrafficCqrs.Api.Security;
using TrafficCqrs.Application.Analytics;
using TrafficCqrs.Application.Common;
using TrafficCqrs.Domain.Catalogue;
using Wolverine.Http;

namespace TrafficCqrs.Api.Endpoints.Analytics;

/// <summary>
/// Statistics read from the asynchronous statistics projections: filters from / to (China-time
/// dates, both included), office, businessType, channel; rows grouped by groupBy; JSON, or CSV with
/// ?format=csv or Accept: text/csv. The measures are defined in docs/analytics.md.
/// </summary>
public static class StatisticsEndpoints
{
    private static readonly IReadOnlyList<StatisticsGrouping> CaseGroupings =
        [StatisticsGrouping.Day, StatisticsGrouping.Office, StatisticsGrouping.BusinessType, StatisticsGrouping.Channel];

    /// <summary>Cases: opened, completed, rejected, withdrawn, handling time, and the reform's measures.</summary>
    [WolverineGet("/api/statistics/cases", OperationId = "CaseStatistics")]
    [Authorize(Policy = Policies.Analytics)]
    [Tags("Statistics")]
    [ProducesResponseType<CaseStatisticsReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Cases(string? from, string? to, string? office, string? businessType,
        string? channel, string? groupBy, string? format, HttpContext http, IQuerySession session,
        BusinessCatalogue catalogue, TimeProvider clock)
    {
        var filter = StatisticsParameters.Filter(from, to, office, businessType, channel, clock.GetUtcNow());
        var grouping = StatisticsParameters.Grouping(groupBy, CaseGroupings, StatisticsGrouping.Day);
        var csv = Csv.Wanted(http, format);
        var report = await CaseStatisticsQueries.Read(session, catalogue, filter, grouping, outletsOnly: false, http.RequestAborted);
        return csv ? Csv.Write([.. report.Rows, report.Total], "case-statistics.csv") : Results.Ok(report);
    }

    /// <summary>Cases opened at commissioned outlets, one row per outlet (or grouped otherwise).</summary>
    [WolverineGet("/api/statistics/outlets", OperationId = "OutletStatistics")]
    [Authorize(Policy = Policies.Analytics)]
    [Tags("Statistics")]
    [ProducesResponseType<CaseStatisticsReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Outlets(string? from, string? to, string? office, string? businessType,
        string? groupBy, string? format, HttpContext http, IQuerySession session, BusinessCatalogue catalogue,
        TimeProvider clock)
    {
        var filter = StatisticsParameters.Filter(from, to, office, businessType, null, clock.GetUtcNow());
        var grouping = StatisticsParameters.Grouping(groupBy, [StatisticsGrouping.Outlet, .. CaseGroupings], StatisticsGrouping.Outlet);
        var csv = Csv.Wanted(http, format);
        var report = await CaseStatisticsQueries.Read(session, catalogue, filter, grouping, outletsOnly: true, http.RequestAborted);
        return csv ? Csv.Write([.. report.Rows, report.Total], "outlet-statistics.csv") : Results.Ok(report);
    }

    /// <summary>Violations handled, by day, office or channel (window, kiosk, online, post_office).</summary>
    [WolverineGet("/api/statistics/violations", OperationId = "ViolationStatistics")]
    [Authorize(Policy = Policies.Analytics)]
    [Tags("Statistics")]
    [ProducesResponseType<StatisticsReport<ViolationStatisticsRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Violations(string? from, string? to, string? office, string? channel,
        string? groupBy, string? format, HttpContext http, IQuerySession session, TimeProvider clock)
    {
        var filter = StatisticsParameters.Filter(from, to, office, null, channel, clock.GetUtcNow());
        var grouping = StatisticsParameters.Grouping(groupBy, EnforcementStatisticsQueries.ViolationGroupings, StatisticsGrouping.Channel);
        var csv = Csv.Wanted(http, format);
        var report = await EnforcementStatisticsQueries.Violations(session, filter, grouping, http.RequestAborted);
        return csv ? Csv.Write([.. report.Rows, report.Total], "violation-statistics.csv") : Results.Ok(report);
    }

    /// <summary>Fast accidents reported and settled, online versus at the scene, by day or office.</summary>
    [WolverineGet("/api/statistics/accidents", OperationId = "AccidentStatistics")]
    [Authorize(Policy = Policies.Analytics)]
    [Tags("Statistics")]
    [ProducesResponseType<StatisticsReport<AccidentStatisticsRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Accidents(string? from, string? to, string? office, string? groupBy,
        string? format, HttpContext http, IQuerySession session, TimeProvider clock)
    {
        var filter = StatisticsParameters.Filter(from, to, office, null, null, clock.GetUtcNow());
        var grouping = StatisticsParameters.Grouping(groupBy, EnforcementStatisticsQueries.AccidentGroupings, StatisticsGrouping.Day);
        var csv = Csv.Wanted(http, format);
        var report = await EnforcementStatisticsQueries.Accidents(session, filter, grouping, http.RequestAborted);
        return csv ? Csv.Write([.. report.Rows, report.Total], "accident-statistics.csv") : Results.Ok(report);
    }

    /// <summary>Exam sittings ended, passed and failed, and the pass rate, by day, exam office, subject or class kind.</summary>
    [WolverineGet("/api/statistics/exams", OperationId = "ExamStatistics")]
    [Authorize(Policy = Policies.Analytics)]
    [Tags("Statistics")]
    [ProducesResponseType<StatisticsReport<ExamStatisticsRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Exams(string? from, string? to, string? office, string? subject, string? classKind,
        string? groupBy, string? format, HttpContext http, IQuerySession session, TimeProvider clock)
    {
        var filter = StatisticsParameters.WithExamsAndTransfers(
            StatisticsParameters.Filter(from, to, office, null, null, clock.GetUtcNow()), subject, classKind, null);
        var grouping = StatisticsParameters.Grouping(groupBy, ExamStatisticsQueries.Groupings, StatisticsGrouping.Subject);
        var csv = Csv.Wanted(http, format);
        var report = await ExamStatisticsQueries.Read(session, filter, grouping, http.RequestAborted);
        return csv ? Csv.Write([.. report.Rows, report.Total], "exam-statistics.csv") : Results.Ok(report);
    }

    /// <summary>
    /// Cross-region transfers (异地转籍) by day, destination office (office) or origin office: out, in, and
    /// finished without a return trip to the origin.
    /// </summary>
    [WolverineGet("/api/statistics/transfers", OperationId = "TransferStatistics")]
    [Authorize(Policy = Policies.Analytics)]
    [Tags("Statistics")]
    [ProducesResponseType<StatisticsReport<TransferStatisticsRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Transfers(string? from, string? to, string? office, string? origin, string? groupBy,
        string? format, HttpContext http, IQuerySession session, TimeProvider clock)
    {
        var filter = StatisticsParameters.WithExamsAndTransfers(
            StatisticsParameters.Filter(from, to, office, null, null, clock.GetUtcNow()), null, null, origin);
        var grouping = StatisticsParameters.Grouping(groupBy, TransferStatisticsQueries.Groupings, StatisticsGrouping.Office);
        var csv = Csv.Wanted(http, format);
        var report = await TransferStatisticsQueries.Read(session, filter, grouping, http.RequestAborted);
        return csv ? Csv.Write([.. report.Rows, report.Total], "transfer-statistics.csv") : Results.Ok(report);
    }

    /// <summary>Queue tickets and the wait from ticket to call, average and 90th percentile, by day, office or business type.</summary>
    [WolverineGet("/api/statistics/waiting", OperationId = "WaitingStatistics")]
    [Authorize(Policy = Policies.Analytics)]
    [Tags("Statistics")]
    [ProducesResponseType<StatisticsReport<WaitingStatisticsRow>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Waiting(string? from, string? to, string? office, string? businessType, string? groupBy,
        string? format, HttpContext http, IQuerySession session, TimeProvider clock)
    {
        var filter = StatisticsParameters.Filter(from, to, office, businessType, null, clock.GetUtcNow());
        var grouping = StatisticsParameters.Grouping(groupBy, WaitingStatisticsQueries.Groupings, StatisticsGrouping.Office);
        var csv = Csv.Wanted(http, format);
        var report = await WaitingStatisticsQueries.Read(session, filter, grouping, http.RequestAborted);
        return csv ? Csv.Write([.. report.Rows, report.Total], "waiting-statistics.csv") : Results.Ok(report);
    }

    /// <summary>One measure day by day, every day of the range present, for a chart.</summary>
    [WolverineGet("/api/statistics/series", OperationId = "StatisticsSeries")]
    [Authorize(Policy = Policies.Analytics)]
    [Tags("Statistics")]
    [ProducesResponseType<StatisticsSeries>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Series(string? measure, string? from, string? to, string? office,
        string? businessType, string? channel, string? subject, string? classKind, string? origin, string? format,
        HttpContext http, IQuerySession session, BusinessCatalogue catalogue, TimeProvider clock)
    {
        var name = StatisticsSeriesQueries.Find(measure)
                   ?? throw new InvalidFieldException("measure",
                       $"measure must be one of: {string.Join(", ", StatisticsSeriesQueries.Measures)}.");
        var filter = StatisticsParameters.WithExamsAndTransfers(
            StatisticsParameters.Filter(from, to, office, businessType, channel, clock.GetUtcNow()), subject, classKind, origin);
        var csv = Csv.Wanted(http, format);
        var series = await StatisticsSeriesQueries.Read(session, catalogue, filter, name, http.RequestAborted);
        return csv ? Csv.Write(series.Points, $"{name}.csv") : Results.Ok(series);
    }
}
