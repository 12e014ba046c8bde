using DistrictPortal.Core.Committees;

namespace DistrictPortal.Core.Packages;

/// <summary>Codes of the package rules ("Packages.Validation.{code}" in the resources).</summary>
public static class PackageErrors
{
    /// <summary>An estate is already in another live package (args: estate name, package name).</summary>
    public const string InAnotherPackage = "InAnotherPackage";
    /// <summary>The sub-district already has a package of that name (args: the name).</summary>
    public const string NameTaken = "NameTaken";
    /// <summary>An estate that is not a live estate of the package's sub-district.</summary>
    public const string NotInSubDistrict = "NotInSubDistrict";
    /// <summary>A package has at least one estate.</summary>
    public const string NoEstates = "NoEstates";
    /// <summary>The package is dissolved: nothing more is recorded on it.</summary>
    public const string Dissolved = "Dissolved";
    /// <summary>A public tender has at least three bidders (招标投标法 第二十八条; args: the minimum).</summary>
    public const string TooFewBidders = "TooFewBidders";
    /// <summary>The winner is one of the bidders.</summary>
    public const string WinnerNotBidder = "WinnerNotBidder";
    /// <summary>A term runs at most five years (args: the maximum in years).</summary>
    public const string TermTooLong = "TermTooLong";
    /// <summary>The term starts on or after the tender's date.</summary>
    public const string TermBeforeTender = "TermBeforeTender";
    /// <summary>The current tender's term still runs beyond the notice period (args: its end).</summary>
    public const string TermRunning = "TermRunning";
    /// <summary>No tender yet: nothing to review or vote on.</summary>
    public const string NoTender = "NoTender";
    /// <summary>The estate is not a live estate of this package (or not the user's to record).</summary>
    public const string NotAMember = "NotAMember";
    /// <summary>The quarter has not begun, or lies before the current term began.</summary>
    public const string QuarterOutsideTerm = "QuarterOutsideTerm";
    /// <summary>A score is a whole number from 0 to the maximum (args: the maximum).</summary>
    public const string ScoreRange = "ScoreRange";
    /// <summary>The estate already has a review for that quarter (args: year, quarter).</summary>
    public const string AlreadyReviewed = "AlreadyReviewed";
    /// <summary>The renewal vote is held at term end: not earlier than the notice period before it (args: the first day).</summary>
    public const string VoteTooEarly = "VoteTooEarly";
    /// <summary>The current tender already has its vote.</summary>
    public const string AlreadyVoted = "AlreadyVoted";
    /// <summary>Someone changed the package since the page was read: nothing written.</summary>
    public const string Changed = "Changed";
}

/// <summary>季度考评 grades: the thresholds of <see cref="PackageRules.GradeOf"/>.</summary>
public enum ReviewGrade
{
    /// <summary>不合格: below 60.</summary>
    Fail = 0,
    /// <summary>合格: 60 to below 80.</summary>
    Pass = 1,
    /// <summary>良好: 80 to below 90.</summary>
    Good = 2,
    /// <summary>优秀: 90 and above.</summary>
    Excellent = 3,
}

/// <summary>年度考核 of one package and year, made from that year's quarterly reviews.</summary>
public sealed record YearlyAssessment(int Year, int QuartersReviewed, decimal Score, ReviewGrade Grade)
{
    /// <summary>All four quarters reviewed: before that the assessment is provisional.</summary>
    public bool IsComplete => QuartersReviewed == 4;
}

/// <summary>A quarter's score of the package: the mean of its estates' scores that quarter.</summary>
public sealed record QuarterScore(int Year, int Quarter, int EstatesReviewed, decimal Score, ReviewGrade Grade);

/// <summary>
/// The rules of mode 4 (P11). The plans give no scores or thresholds, so the portal chose, and says so here and in the
/// README: a quarterly review is a whole score 0–100 per estate; the package's quarter score is the mean of its estates'
/// scores (one decimal, halves away from zero); the yearly assessment is the mean of the year's quarter scores, complete
/// once all four quarters are reviewed; grades 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below (the usual bands of
/// municipal property-service assessments). A tender has at least three bidders (招标投标法 §28: fewer means tendering
/// again), a term of at most five years starting on or after the tender; a new tender or a renewal vote comes within
/// <see cref="NoticeDays"/> of the current term's end. The renewal vote is carried by more than half of ALL households of
/// the package, the consultation's rule (<see cref="ConsultationRule"/>), not a second one.
/// </summary>
public static class PackageRules
{
    public const int MinBidders = 3;
    public const int MaxBidders = 20;
    public const int MaxTermYears = 5;
    /// <summary>How long before a term's end its renewal vote or the next tender may come.</summary>
    public const int NoticeDays = 90;
    public const int MaxScore = 100;
    public const int MaxNameLength = 50;
    public const int MaxBidderLength = 100;
    public const int MaxTextLength = 500;

    public static ReviewGrade GradeOf(decimal score) => score switch
    {
        >= 90m => ReviewGrade.Excellent,
        >= 80m => ReviewGrade.Good,
        >= 60m => ReviewGrade.Pass,
        _ => ReviewGrade.Fail,
    };

    /// <summary>The quarter of a day: 1–4.</summary>
    public static int QuarterOf(DateOnly day) => (day.Month - 1) / 3 + 1;

    public static DateOnly QuarterStart(int year, int quarter) => new(year, (quarter - 1) * 3 + 1, 1);

    public static DateOnly QuarterEnd(int year, int quarter) => QuarterStart(year, quarter).AddMonths(3).AddDays(-1);

    /// <summary>The package's quarter scores, newest first.</summary>
    public static IReadOnlyList<QuarterScore> Quarters(IEnumerable<PackageReview> reviews) =>
        reviews.GroupBy(r => (r.Year, r.Quarter))
            .Select(g =>
            {
                var score = Mean(g.Select(r => (decimal)r.Score));
                return new QuarterScore(g.Key.Year, g.Key.Quarter, g.Count(), score, GradeOf(score));
            })
            .OrderByDescending(q => q.Year).ThenByDescending(q => q.Quarter)
            .ToList();

    /// <summary>The yearly assessments, newest year first, from the quarter scores.</summary>
    public static IReadOnlyList<YearlyAssessment> Years(IEnumerable<PackageReview> reviews) =>
        Quarters(reviews).GroupBy(q => q.Year)
            .Select(g =>
            {
                var score = Mean(g.Select(q => q.Score));
                return new YearlyAssessment(g.Key, g.Count(), score, GradeOf(score));
            })
            .OrderByDescending(y => y.Year)
            .ToList();

    /// <summary>More than half of all households: the consultation's rule.</summary>
    public static bool Renewed(int households, int votesForRenewal) =>
        ConsultationRule.Outcome(households, votesForRenewal) == ConsultationOutcome.Professional;

    /// <summary>The bidders as typed, one a line, trimmed, blanks and repeats dropped.</summary>
    public static IReadOnlyList<string> SplitBidders(string? bidders) =>
        (bidders ?? "").Split('\n').Select(b => b.Trim()).Where(b => b.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The current tender: the newest.</summary>
    public static PackageTender? Current(IEnumerable<PackageTender> tenders) =>
        tenders.OrderByDescending(t => t.Date).ThenByDescending(t => t.Id).FirstOrDefault();

    private static decimal Mean(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0m : Math.Round(list.Sum() / list.Count, 1, MidpointRounding.AwayFromZero);
    }
}
