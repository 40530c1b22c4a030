namespace TrafficCqrs.Projections.Licensing;

/// <summary>One office's exams on one day, as the exam hall and the counter read them.</summary>
public sealed class ExamDay
{
    /// <summary>office + ":" + yyyy-MM-dd.</summary>
    public string Id { get; set; } = "";
    public string Office { get; set; } = "";
    public DateOnly Date { get; set; }
    public List<ExamSitting> Sittings { get; set; } = [];

    public static string IdFor(string office, DateOnly date) => $"{office}:{date:yyyy-MM-dd}";
}

/// <summary>One booked sitting; the applicant's ID number is masked (first 6, last 4).</summary>
public sealed class ExamSitting
{
    public Guid BookingId { get; set; }
    public Guid ApplicationId { get; set; }
    public string Applicant { get; set; } = "";
    public int Subject { get; set; }
    public string Class { get; set; } = "";
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public int? LastScore { get; set; }
}
