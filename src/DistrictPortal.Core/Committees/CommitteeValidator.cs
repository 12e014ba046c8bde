using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Committees;

/// <summary>The rules a consultation or a committee must satisfy before it is saved; each error names its field.</summary>
public static class CommitteeValidator
{
    public const int MaxNameLength = 50;
    public const int MaxRoleLength = 30;
    public const int MaxMembers = 30;

    /// <summary>
    /// Counts as in <see cref="ConsultationRule.Validate"/>, plus: the two options' votes fit in the ballots returned;
    /// an end needs a start and comes on or after it; households are given once the consultation has started; no date
    /// lies after <paramref name="today"/>.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(ResidentConsultation c, DateOnly today)
    {
        var errors = ConsultationRule.Validate(c.Households, c.BallotsReturned, c.VotesForProfessional).ToList();
        if (c.VotesForCommunityBased < 0)
            errors.Add(new(nameof(c.VotesForCommunityBased), ValidationCodes.NotNegative));
        else if (c.VotesForProfessional >= 0 && c.VotesForProfessional + c.VotesForCommunityBased > c.BallotsReturned)
            errors.Add(new(nameof(c.VotesForCommunityBased), ValidationCodes.VotesMoreThanBallots, c.BallotsReturned));
        else if (FieldLimits.Ballots.Check(nameof(c.VotesForCommunityBased), c.VotesForCommunityBased) is { } tooLarge)
            errors.Add(tooLarge);
        if (c.StartDate is not null && c.Households <= 0 && !errors.Any(e => e.Field == nameof(c.Households)))
            errors.Add(new(nameof(c.Households), ValidationCodes.MustBePositive));
        if (c.EndDate is not null && c.StartDate is null)
            errors.Add(new(nameof(c.StartDate), ValidationCodes.Required));
        if (c.EndDate is { } end && c.StartDate is { } start && end < start)
            errors.Add(new(nameof(c.EndDate), ValidationCodes.BeforeStart));
        Future(errors, nameof(c.WorksAcceptedOn), c.WorksAcceptedOn, today);
        Future(errors, nameof(c.StartDate), c.StartDate, today);
        Future(errors, nameof(c.EndDate), c.EndDate, today);
        return errors;
    }

    /// <summary>
    /// A term: the meeting not in the future, filing not before the meeting nor in the future, the term ending after
    /// the meeting; at least one member, each named, exactly one chair. Member errors name "Members[i].Name" etc.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(OwnersCommittee c, DateOnly today)
    {
        var errors = new List<ValidationError>();
        Future(errors, nameof(c.MeetingDate), c.MeetingDate, today);
        if (c.FilingDate is { } filed && filed < c.MeetingDate)
            errors.Add(new(nameof(c.FilingDate), ValidationCodes.BeforeMeeting));
        Future(errors, nameof(c.FilingDate), c.FilingDate, today);
        if (c.TermEndDate <= c.MeetingDate)
            errors.Add(new(nameof(c.TermEndDate), ValidationCodes.NotAfterMeeting));
        if (c.Members.Count == 0)
            errors.Add(new(nameof(c.Members), ValidationCodes.NoMembers));
        else if (c.Members.Count > MaxMembers)
            errors.Add(new(nameof(c.Members), ValidationCodes.TooManyMembers, MaxMembers));
        else if (c.Members.Count(m => m.IsChair) != 1)
            errors.Add(new(nameof(c.Members), ValidationCodes.OneChair));
        for (var i = 0; i < c.Members.Count; i++)
        {
            var m = c.Members[i];
            if (string.IsNullOrWhiteSpace(m.Name))
                errors.Add(new($"Members[{i}].Name", ValidationCodes.Required));
            else if (m.Name.Trim().Length > MaxNameLength)
                errors.Add(new($"Members[{i}].Name", ValidationCodes.TooLong, MaxNameLength));
            TextRule.CheckName(errors, $"Members[{i}].Name", m.Name);
            TextRule.CheckName(errors, $"Members[{i}].Role", m.Role);
            if (m.Role?.Trim().Length > MaxRoleLength)
                errors.Add(new($"Members[{i}].Role", ValidationCodes.TooLong, MaxRoleLength));
        }
        return errors;
    }

    private static void Future(List<ValidationError> errors, string field, DateOnly? date, DateOnly today)
    {
        if (date is { } d && d > today)
            errors.Add(new(field, ValidationCodes.InFuture));
    }
}
