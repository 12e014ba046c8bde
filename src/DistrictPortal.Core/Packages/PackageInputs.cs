namespace DistrictPortal.Core.Packages;

// The forms as typed (null where left blank); PackageService validates and decides.

public sealed class PackageInput
{
    public string? Name { get; set; }
    public IReadOnlyList<long> EstateIds { get; set; } = [];
}

public sealed class TenderInput
{
    public DateOnly? Date { get; set; }
    /// <summary>One bidder a line.</summary>
    public string? Bidders { get; set; }
    public string? WinnerName { get; set; }
    /// <summary>The winner chosen from the enterprise register (its name then stands for <see cref="WinnerName"/>).</summary>
    public long? WinnerEnterpriseId { get; set; }
    public decimal? Price { get; set; }
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }
}

public sealed class SupervisionInput
{
    public long? EstateId { get; set; }
    public DateOnly? Date { get; set; }
    public string? Inspector { get; set; }
    public bool ProblemFound { get; set; }
    public string? Finding { get; set; }
}

public sealed class ReviewInput
{
    public long? EstateId { get; set; }
    public int? Year { get; set; }
    public int? Quarter { get; set; }
    public int? Score { get; set; }
    public string? Reviewer { get; set; }
    public string? Note { get; set; }
}

public sealed class VoteInput
{
    public DateOnly? Date { get; set; }
    public int? BallotsReturned { get; set; }
    public int? VotesForRenewal { get; set; }
}
