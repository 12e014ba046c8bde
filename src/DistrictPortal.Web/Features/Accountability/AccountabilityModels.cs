using System.Globalization;
using DistrictPortal.Core.Accountability;
using DistrictPortal.Core.Hierarchy;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Features.Accountability;

public sealed record AccountabilityListViewModel(IReadOnlyList<AccountabilityCase> Cases, bool CanDecide);

public sealed record AccountabilityNewViewModel(AccountabilityForm Form, Node Unit, AccountabilityGroundsOffered Offered, IReadOnlyList<string> Errors);

/// <summary>The office's form; Core's <see cref="AccountabilityDraft"/> once bound.</summary>
public sealed class AccountabilityForm
{
    public long UnitNodeId { get; set; }
    public string? PersonName { get; set; }
    public string? PersonPost { get; set; }
    public string? Reason { get; set; }
    public AccountabilityDecision? Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecidedBy { get; set; }
    public List<long> OrderIds { get; set; } = [];
    public List<long> ReturnIds { get; set; } = [];

    public AccountabilityDraft ToDraft() => new()
    {
        UnitNodeId = UnitNodeId, PersonName = PersonName, PersonPost = PersonPost, Reason = Reason, Decision = Decision,
        DecidedOn = DecidedOn, DecidedBy = DecidedBy, OrderIds = OrderIds, ReturnIds = ReturnIds,
    };
}

/// <summary>A case's grounds in words (the page in the reader's language; the 通报 in Chinese, its default).</summary>
public static class AccountabilityWords
{
    public static string Ground(AccountabilityGround ground, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(ground);
        var week = ground.WeekEnding.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ground.Kind == AccountabilityGroundKind.SupervisionOrder
            ? l["Accountability.Ground.Order", week, ground.Note ?? ""]
            : l["Accountability.Ground.MissedReturn", week];
    }
}
