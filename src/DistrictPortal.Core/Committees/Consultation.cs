using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Committees;

/// <summary>征求意见结果: the management mode the residents' consultation decides (P8).</summary>
public enum ConsultationOutcome
{
    Pending = 0,
    /// <summary>专业化物业管理: owners' meeting, committee, and a hired property service enterprise follow.</summary>
    Professional = 1,
    /// <summary>社区化(准)物业管理: run by the community's public service station.</summary>
    CommunityBased = 2,
}

/// <summary>
/// P8: "征求居民意见以户为单位,以书面形式进行 … 小区内1/2以上户数居民选择专业化物业管理的 … ;选择专业管理的居民不足1/2的小区则
/// 统一采用社区化管理模式". Counted against ALL households of the estate, not the ballots returned, so a household
/// that does not answer counts against professional management.
/// The portal's threshold is strictly more than half (DOMAIN.md): 50 of 100 is community-based. Note that in
/// Chinese statutes "以上" includes the number itself (民法典 第1259条), which would make exactly half
/// professional; that reading is available as <see cref="HalfRule.HalfOrMore"/> should the office choose it.
/// </summary>
public static class ConsultationRule
{
    public static ConsultationOutcome Outcome(int households, int votesForProfessional, HalfRule rule = HalfRule.MoreThanHalf)
    {
        if (households <= 0)
            return ConsultationOutcome.Pending;
        // Whole numbers: 2 × votes against households, so no fraction of a household is ever rounded.
        var twice = 2L * votesForProfessional;
        var professional = rule == HalfRule.MoreThanHalf ? twice > households : twice >= households;
        return professional ? ConsultationOutcome.Professional : ConsultationOutcome.CommunityBased;
    }

    /// <summary>Fewest votes for professional management that carry it: 100 households → 51, 101 → 51.</summary>
    public static int VotesNeeded(int households, HalfRule rule = HalfRule.MoreThanHalf) =>
        rule == HalfRule.MoreThanHalf ? households / 2 + 1 : (households + 1) / 2;

    /// <summary>0 ≤ votes for professional ≤ ballots returned ≤ households; each error names its field.</summary>
    public static IReadOnlyList<ValidationError> Validate(int households, int ballotsReturned, int votesForProfessional)
    {
        var errors = new List<ValidationError>();
        if (households < 0) errors.Add(new("Households", ValidationCodes.NotNegative));
        if (ballotsReturned < 0) errors.Add(new("BallotsReturned", ValidationCodes.NotNegative));
        if (votesForProfessional < 0) errors.Add(new("VotesForProfessional", ValidationCodes.NotNegative));
        if (ballotsReturned > households) errors.Add(new("BallotsReturned", ValidationCodes.MoreThanHouseholds, households));
        if (votesForProfessional > ballotsReturned) errors.Add(new("VotesForProfessional", ValidationCodes.MoreThanBallots, ballotsReturned));
        // Above the plausible range only when not already refused: one message per field.
        foreach (var (field, value) in new[] { ("Households", households), ("BallotsReturned", ballotsReturned), ("VotesForProfessional", votesForProfessional) })
            if (!errors.Any(e => e.Field == field) && FieldLimits.Ballots.Check(field, value) is { } tooLarge)
                errors.Add(tooLarge);
        return errors;
    }
}

public enum HalfRule
{
    /// <summary>votes × 2 &gt; households (DOMAIN.md, the portal's default).</summary>
    MoreThanHalf = 0,
    /// <summary>votes × 2 ≥ households (the statutory reading of "1/2以上").</summary>
    HalfOrMore = 1,
}
