using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Packages;

namespace DistrictPortal.Web.Features.Packages;

public sealed record PackageListModel(
    IReadOnlyList<PackageStanding> Rows, int Page, int PageCount, int Total, bool CanCreate, DateOnly Today)
{
    public string PageLink(int page) => $"/packages?page={page}";
}

/// <summary>The package form: a name and the estates (checkboxes of the sub-district's estates).</summary>
public sealed class PackageForm
{
    public string? Name { get; set; }
    public long[] EstateIds { get; set; } = [];
    public long? SubDistrictId { get; set; }

    public PackageInput ToInput() => new() { Name = Name, EstateIds = EstateIds };
}

/// <summary>The estates a package may take, with the live package each is in now (if any).</summary>
public sealed record PackageCandidate(Estate Estate, long? InPackageId, string? InPackageName);

/// <summary>The new or edit form of a package of <see cref="SubDistrict"/>; without one, the sub-districts to choose from.</summary>
public sealed record PackageFormModel(
    Node? SubDistrict, Package? Package, PackageForm Form, IReadOnlyList<PackageCandidate> Candidates, IReadOnlyList<string> Errors,
    IReadOnlyList<Node> Choices);

public sealed class TenderForm
{
    public DateOnly? Date { get; set; }
    public string? Bidders { get; set; }
    public string? WinnerName { get; set; }
    public long? WinnerEnterpriseId { get; set; }
    public decimal? Price { get; set; }
    public DateOnly? TermStart { get; set; }
    public DateOnly? TermEnd { get; set; }

    public TenderInput ToInput() => new()
    {
        Date = Date, Bidders = Bidders, WinnerName = WinnerName, WinnerEnterpriseId = WinnerEnterpriseId, Price = Price,
        TermStart = TermStart, TermEnd = TermEnd,
    };
}

public sealed class SupervisionForm
{
    public long? EstateId { get; set; }
    public DateOnly? Date { get; set; }
    public string? Inspector { get; set; }
    public bool ProblemFound { get; set; }
    public string? Finding { get; set; }

    public SupervisionInput ToInput() => new() { EstateId = EstateId, Date = Date, Inspector = Inspector, ProblemFound = ProblemFound, Finding = Finding };
}

public sealed class ReviewForm
{
    public long? EstateId { get; set; }
    public int? Year { get; set; }
    public int? Quarter { get; set; }
    public int? Score { get; set; }
    public string? Reviewer { get; set; }
    public string? Note { get; set; }

    public ReviewInput ToInput() => new() { EstateId = EstateId, Year = Year, Quarter = Quarter, Score = Score, Reviewer = Reviewer, Note = Note };
}

public sealed class VoteForm
{
    public DateOnly? Date { get; set; }
    public int? BallotsReturned { get; set; }
    public int? VotesForRenewal { get; set; }

    public VoteInput ToInput() => new() { Date = Date, BallotsReturned = BallotsReturned, VotesForRenewal = VotesForRenewal };
}

/// <summary>Which form on the package page the errors belong to.</summary>
public enum PackageSection
{
    None,
    Tender,
    Supervision,
    Review,
    Vote,
    Dissolve,
}

public sealed record PackageDetailModel(
    PackageStanding Standing,
    IReadOnlyList<PackageMember> Members,
    IReadOnlyList<PackageTender> Tenders,
    IReadOnlyList<PackageSupervision> Supervision,
    IReadOnlyList<PackageReview> Reviews,
    IReadOnlyList<QuarterScore> Quarters,
    IReadOnlyList<YearlyAssessment> Years,
    IReadOnlyList<PackageVote> Votes,
    bool CanKeep,
    /// <summary>The live estates the user may record supervision and reviews for (empty: no form).</summary>
    IReadOnlyList<PackageMember> Recordable,
    DateOnly Today,
    PackageSection ErrorSection,
    IReadOnlyList<string> Errors,
    TenderForm Tender,
    SupervisionForm SupervisionForm,
    ReviewForm Review,
    VoteForm Vote,
    /// <summary>The enterprise register: the tender form's winner choices and the links of bidders on it.</summary>
    IReadOnlyList<Core.Enterprises.Enterprise> Enterprises,
    /// <summary>Where an estate's registry mode and its membership disagree (Core's ManagementCheck.PackageFlag), by estate.</summary>
    IReadOnlyDictionary<long, Core.Management.ManagementFlag> ModeFlags)
{
    /// <summary>The register's enterprise of that exact name, for a link.</summary>
    public Core.Enterprises.Enterprise? EnterpriseNamed(string name) => Enterprises.FirstOrDefault(e => e.Name == name);

    public Package Package => Standing.Package;
}
