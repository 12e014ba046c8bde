using DistrictPortal.Core.Committees;

namespace DistrictPortal.Core.Tests.Committees;

/// <summary>P8: professional management when more than half of ALL households choose it, not half of the ballots.</summary>
public class ConsultationRuleTests
{
    [Theory]
    [InlineData(100, 50, ConsultationOutcome.CommunityBased)] // exactly half is not more than half
    [InlineData(100, 51, ConsultationOutcome.Professional)]
    [InlineData(101, 51, ConsultationOutcome.Professional)]
    [InlineData(101, 50, ConsultationOutcome.CommunityBased)]
    [InlineData(200, 101, ConsultationOutcome.Professional)]  // with 120 ballots returned
    [InlineData(200, 100, ConsultationOutcome.CommunityBased)] // 100 of 120 ballots is 83%, but only half of the households
    [InlineData(1, 1, ConsultationOutcome.Professional)]
    [InlineData(1, 0, ConsultationOutcome.CommunityBased)]
    [InlineData(0, 0, ConsultationOutcome.Pending)]
    public void Outcome_counts_votes_against_all_households(int households, int votes, ConsultationOutcome expected) =>
        Assert.Equal(expected, ConsultationRule.Outcome(households, votes));

    [Fact]
    public void The_statutory_half_or_more_reading_makes_exactly_half_professional()
    {
        Assert.Equal(ConsultationOutcome.Professional, ConsultationRule.Outcome(100, 50, HalfRule.HalfOrMore));
        Assert.Equal(ConsultationOutcome.CommunityBased, ConsultationRule.Outcome(101, 50, HalfRule.HalfOrMore));
    }

    [Theory]
    [InlineData(100, 51)]
    [InlineData(101, 51)]
    [InlineData(200, 101)]
    [InlineData(1, 1)]
    public void Votes_needed_is_the_fewest_that_carry(int households, int needed)
    {
        Assert.Equal(needed, ConsultationRule.VotesNeeded(households));
        Assert.Equal(ConsultationOutcome.Professional, ConsultationRule.Outcome(households, needed));
        Assert.Equal(ConsultationOutcome.CommunityBased, ConsultationRule.Outcome(households, needed - 1));
    }

    [Fact]
    public void Counts_must_nest_votes_within_ballots_within_households()
    {
        Assert.Empty(ConsultationRule.Validate(200, 120, 101));
        Assert.Equal("BallotsReturned", Assert.Single(ConsultationRule.Validate(100, 101, 50)).Field);
        Assert.Equal("VotesForProfessional", Assert.Single(ConsultationRule.Validate(200, 120, 121)).Field);
        Assert.Contains(ConsultationRule.Validate(-1, 0, 0), e => e.Field == "Households" && e.Code == "NotNegative");
    }
}
