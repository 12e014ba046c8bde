using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Packages;

// The package's records: the tender (the sub-district's), the daily supervision and the quarterly review (the
// community's), the renewal vote at term end (the sub-district's, counting all households).
public sealed partial class PackageService
{
    /// <summary>The tender; a winner chosen from the enterprise register stands under the register's name and id.</summary>
    public async Task<DomainResult<long>> RecordTenderAsync(Package package, TenderInput input, DateOnly today, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(input);
        var winnerEnterpriseName = input.WinnerEnterpriseId is { } enterpriseId ? (await enterprises.GetAsync(enterpriseId))?.Name : null;
        var tenders = await packages.ListTendersAsync(package.Id);
        var errors = ValidateTender(package, input, winnerEnterpriseName, PackageRules.Current(tenders), today);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        var tender = new PackageTender
        {
            PackageId = package.Id,
            Date = input.Date!.Value,
            Bidders = string.Join('\n', PackageRules.SplitBidders(input.Bidders)),
            WinnerName = Winner(input, winnerEnterpriseName),
            WinnerEnterpriseId = winnerEnterpriseName is null ? null : input.WinnerEnterpriseId,
            Price = input.Price!.Value,
            TermStart = input.TermStart!.Value,
            TermEnd = input.TermEnd!.Value,
            RecordedUtc = change.AtUtc,
            RecordedByName = change.UserName,
        };
        var audit = new AuditDiff(PackageAudit.EntityType, package.Id, change).Action(PackageAudit.Tender, null, null, Summary(tender)).Entries;
        return await Write(() => packages.AddTenderAsync(tender, audit));
    }

    public static IReadOnlyList<ValidationError> ValidateTender(
        Package package, TenderInput input, string? winnerEnterpriseName, PackageTender? current, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationError>();
        if (!package.IsLive)
        {
            errors.Add(new(nameof(PackageTender.PackageId), PackageErrors.Dissolved));
            return errors;
        }
        if (input.Date is not { } date)
            errors.Add(new(nameof(PackageTender.Date), ValidationCodes.Required));
        else if (date > today)
            errors.Add(new(nameof(PackageTender.Date), ValidationCodes.NotInFuture));
        else if (current is not null && date < current.TermEnd.AddDays(-PackageRules.NoticeDays))
            errors.Add(new(nameof(PackageTender.Date), PackageErrors.TermRunning, Day(current.TermEnd)));
        var bidders = PackageRules.SplitBidders(input.Bidders);
        if (bidders.Count < PackageRules.MinBidders)
            errors.Add(new(nameof(PackageTender.Bidders), PackageErrors.TooFewBidders, PackageRules.MinBidders));
        else if (bidders.Count > PackageRules.MaxBidders || bidders.Any(b => b.Length > PackageRules.MaxBidderLength))
            errors.Add(new(nameof(PackageTender.Bidders), ValidationCodes.TooLong, PackageRules.MaxBidderLength));
        else if (bidders.Any(b => !TextRule.IsCleanName(b)))
            errors.Add(new(nameof(PackageTender.Bidders), TextRule.ControlCharacters));
        var winner = Winner(input, winnerEnterpriseName);
        if (input.WinnerEnterpriseId is not null && winnerEnterpriseName is null)
            errors.Add(new(nameof(PackageTender.WinnerName), ValidationCodes.NotFound));
        else if (winner.Length == 0)
            errors.Add(new(nameof(PackageTender.WinnerName), ValidationCodes.Required));
        else if (bidders.Count >= PackageRules.MinBidders && !bidders.Contains(winner, StringComparer.Ordinal))
            errors.Add(new(nameof(PackageTender.WinnerName), PackageErrors.WinnerNotBidder));
        if (input.Price is not { } price)
            errors.Add(new(nameof(PackageTender.Price), ValidationCodes.Required));
        else if (price <= 0)
            errors.Add(new(nameof(PackageTender.Price), ValidationCodes.MustBePositive));
        else if (FieldLimits.Money.Check(nameof(PackageTender.Price), price) is { } tooLarge)
            errors.Add(tooLarge);
        if (input.TermStart is not { } start)
            errors.Add(new(nameof(PackageTender.TermStart), ValidationCodes.Required));
        else if (input.Date is { } d && start < d)
            errors.Add(new(nameof(PackageTender.TermStart), PackageErrors.TermBeforeTender));
        if (input.TermEnd is not { } end)
            errors.Add(new(nameof(PackageTender.TermEnd), ValidationCodes.Required));
        else if (input.TermStart is { } s && end <= s)
            errors.Add(new(nameof(PackageTender.TermEnd), ValidationCodes.EndsBeforeStart));
        else if (input.TermStart is { } s2 && end > s2.AddYears(PackageRules.MaxTermYears))
            errors.Add(new(nameof(PackageTender.TermEnd), PackageErrors.TermTooLong, PackageRules.MaxTermYears));
        return errors;
    }

    public async Task<DomainResult<long>> RecordSupervisionAsync(Package package, SupervisionInput input, Func<string, bool> mayRecord, DateOnly today, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(mayRecord);
        var members = await packages.ListMembersAsync(package.Id);
        var errors = new List<ValidationError>();
        var estate = Member(package, members, input.EstateId, mayRecord, errors);
        if (input.Date is not { } date)
            errors.Add(new(nameof(PackageSupervision.Date), ValidationCodes.Required));
        else if (date > today)
            errors.Add(new(nameof(PackageSupervision.Date), ValidationCodes.NotInFuture));
        else if (date < package.CreatedOn)
            errors.Add(new(nameof(PackageSupervision.Date), ValidationCodes.NotBefore, Day(package.CreatedOn)));
        var inspector = CheckName(errors, nameof(PackageSupervision.Inspector), input.Inspector, required: true);
        var finding = CheckText(errors, nameof(PackageSupervision.Finding), input.Finding, required: true);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        var record = new PackageSupervision
        {
            PackageId = package.Id, EstateId = estate!.EstateId, Date = input.Date!.Value, Inspector = inspector!, ProblemFound = input.ProblemFound,
            Finding = finding!, RecordedUtc = change.AtUtc, RecordedByName = change.UserName, EstateName = estate.EstateName,
        };
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{Day(record.Date)} {record.EstateName} {record.Inspector} {(record.ProblemFound ? "ProblemFound" : "NoProblem")}");
        var audit = new AuditDiff(PackageAudit.EntityType, package.Id, change).Action(PackageAudit.Supervision, null, null, summary).Entries;
        return await Write(() => packages.AddSupervisionAsync(record, audit));
    }

    public async Task<DomainResult<long>> RecordReviewAsync(Package package, ReviewInput input, Func<string, bool> mayRecord, DateOnly today, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(mayRecord);
        var members = await packages.ListMembersAsync(package.Id);
        var tenders = await packages.ListTendersAsync(package.Id);
        var reviews = await packages.ListReviewsAsync(package.Id);
        var errors = new List<ValidationError>();
        var estate = Member(package, members, input.EstateId, mayRecord, errors);
        var first = tenders.Count == 0 ? (DateOnly?)null : tenders.Min(t => t.TermStart);
        if (tenders.Count == 0 && package.IsLive)
            errors.Add(new(nameof(PackageReview.Quarter), PackageErrors.NoTender));
        if (input.Year is not { } year || input.Quarter is not { } quarter)
            errors.Add(new(nameof(PackageReview.Quarter), ValidationCodes.Required));
        else if (quarter is < 1 or > 4 || year < FieldLimits.EarliestDate.Year || year > FieldLimits.LatestDate.Year)
            errors.Add(new(nameof(PackageReview.Quarter), ValidationCodes.Invalid));
        else if (first is { } termStart && (PackageRules.QuarterStart(year, quarter) > today || PackageRules.QuarterEnd(year, quarter) < termStart))
            errors.Add(new(nameof(PackageReview.Quarter), PackageErrors.QuarterOutsideTerm));
        else if (estate is not null && reviews.Any(r => r.EstateId == estate.EstateId && r.Year == year && r.Quarter == quarter))
            errors.Add(new(nameof(PackageReview.Quarter), PackageErrors.AlreadyReviewed, year, quarter));
        if (input.Score is not { } score)
            errors.Add(new(nameof(PackageReview.Score), ValidationCodes.Required));
        else if (score is < 0 or > PackageRules.MaxScore)
            errors.Add(new(nameof(PackageReview.Score), PackageErrors.ScoreRange, PackageRules.MaxScore));
        var reviewer = CheckName(errors, nameof(PackageReview.Reviewer), input.Reviewer, required: true);
        var note = CheckText(errors, nameof(PackageReview.Note), input.Note, required: false);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        var review = new PackageReview
        {
            PackageId = package.Id, EstateId = estate!.EstateId, Year = input.Year!.Value, Quarter = input.Quarter!.Value, Score = input.Score!.Value,
            Reviewer = reviewer!, Note = note, RecordedUtc = change.AtUtc, RecordedByName = change.UserName, EstateName = estate.EstateName,
        };
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{review.Year}Q{review.Quarter} {review.EstateName} {review.Score} {review.Reviewer}");
        var audit = new AuditDiff(PackageAudit.EntityType, package.Id, change).Action(PackageAudit.Review, null, null, summary).Entries;
        return await Write(() => packages.AddReviewAsync(review, audit));
    }

    public async Task<DomainResult<long>> RecordVoteAsync(Package package, VoteInput input, DateOnly today, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(input);
        var tender = PackageRules.Current(await packages.ListTendersAsync(package.Id));
        var members = await packages.ListMembersAsync(package.Id);
        var votes = await packages.ListVotesAsync(package.Id);
        // ALL households of the package's estates, from the registry: the denominator of the half.
        var households = members.Where(m => m.Live).Sum(m => m.Households);
        var errors = new List<ValidationError>();
        if (!package.IsLive)
            errors.Add(new(nameof(PackageVote.Date), PackageErrors.Dissolved));
        else if (tender is null)
            errors.Add(new(nameof(PackageVote.Date), PackageErrors.NoTender));
        else if (votes.Any(v => v.TenderId == tender.Id))
            errors.Add(new(nameof(PackageVote.Date), PackageErrors.AlreadyVoted));
        else if (input.Date is not { } date)
            errors.Add(new(nameof(PackageVote.Date), ValidationCodes.Required));
        else if (date > today)
            errors.Add(new(nameof(PackageVote.Date), ValidationCodes.NotInFuture));
        else if (date < tender.TermEnd.AddDays(-PackageRules.NoticeDays))
            errors.Add(new(nameof(PackageVote.Date), PackageErrors.VoteTooEarly, Day(tender.TermEnd.AddDays(-PackageRules.NoticeDays))));
        if (input.BallotsReturned is null)
            errors.Add(new("BallotsReturned", ValidationCodes.Required));
        if (input.VotesForRenewal is null)
            errors.Add(new(nameof(PackageVote.VotesForRenewal), ValidationCodes.Required));
        if (input is { BallotsReturned: { } ballots, VotesForRenewal: { } forRenewal })
            foreach (var e in ConsultationRule.Validate(households, ballots, forRenewal))
                errors.Add(e.Field == "VotesForProfessional" ? e with { Field = nameof(PackageVote.VotesForRenewal) } : e);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        var vote = new PackageVote
        {
            PackageId = package.Id, TenderId = tender!.Id, Date = input.Date!.Value, Households = households,
            BallotsReturned = input.BallotsReturned!.Value, VotesForRenewal = input.VotesForRenewal!.Value,
            RecordedUtc = change.AtUtc, RecordedByName = change.UserName,
        };
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{Day(vote.Date)} {vote.VotesForRenewal}/{vote.Households} ({vote.BallotsReturned}) {(vote.Renewed ? "Renewed" : "NotRenewed")}");
        var audit = new AuditDiff(PackageAudit.EntityType, package.Id, change).Action(PackageAudit.Vote, null, null, summary).Entries;
        return await Write(() => packages.AddVoteAsync(vote, audit));
    }

    /// <summary>One line the trail shows: "2026-10-15 某物业 1200000 2026-11-01..2029-10-31 (3 bidders)".</summary>
    public static string Summary(PackageTender t) => string.Create(CultureInfo.InvariantCulture,
        $"{Day(t.Date)} {t.WinnerName} {t.Price:0.##} {Day(t.TermStart)}..{Day(t.TermEnd)} ({t.BidderNames.Count} bidders)");

    private static string Winner(TenderInput input, string? winnerEnterpriseName) =>
        (winnerEnterpriseName ?? input.WinnerName)?.Trim() ?? "";

    /// <summary>The live member the record is about, if the caller may record for it.</summary>
    private static PackageMember? Member(Package package, IReadOnlyList<PackageMember> members, long? estateId, Func<string, bool> mayRecord, List<ValidationError> errors)
    {
        if (!package.IsLive)
        {
            errors.Add(new(nameof(PackageMember.EstateId), PackageErrors.Dissolved));
            return null;
        }
        if (estateId is null)
        {
            errors.Add(new(nameof(PackageMember.EstateId), ValidationCodes.Required));
            return null;
        }
        var member = members.FirstOrDefault(m => m.Live && m.EstateId == estateId && mayRecord(m.Path));
        if (member is null)
            errors.Add(new(nameof(PackageMember.EstateId), PackageErrors.NotAMember));
        return member;
    }

    private static string? CheckName(List<ValidationError> errors, string field, string? value, bool required)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            if (required)
                errors.Add(new(field, ValidationCodes.Required));
            return null;
        }
        if (text.Length > PackageRules.MaxNameLength)
            errors.Add(new(field, ValidationCodes.TooLong, PackageRules.MaxNameLength));
        else
            TextRule.CheckName(errors, field, text);
        return text;
    }

    private static string? CheckText(List<ValidationError> errors, string field, string? value, bool required)
    {
        var text = TextRule.CleanNarrative(value)?.Trim() ?? "";
        if (text.Length == 0)
        {
            if (required)
                errors.Add(new(field, ValidationCodes.Required));
            return null;
        }
        if (text.Length > PackageRules.MaxTextLength)
            errors.Add(new(field, ValidationCodes.TooLong, PackageRules.MaxTextLength));
        return text;
    }
}
