using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>The figures a reader can open to the estates behind them (?figure=…).</summary>
public static class FigureNames
{
    public const string Baseline = "baseline";
    public const string Covered = "covered";
    public const string Remaining = "remaining";
    public const string NewlyCovered = "newly";
    public const string CommitteesFormed = "committees";
    public const string HouseholdsCovered = "households";

    public static IReadOnlyList<string> All { get; } = [Baseline, Covered, Remaining, NewlyCovered, CommitteesFormed, HouseholdsCovered];

    public static Figure? Pick(ReturnFigures figures, string? name) => name switch
    {
        Baseline => figures.Baseline,
        Covered => figures.Covered,
        Remaining => figures.Remaining,
        NewlyCovered => figures.NewlyCovered,
        CommitteesFormed => figures.CommitteesFormed,
        HouseholdsCovered => figures.HouseholdsCovered,
        _ => null,
    };

    /// <summary>A frozen snapshot's value of a figure (its estates are the rows', except covered, which it keeps itself).</summary>
    public static long Value(ReturnSnapshot s, string name) => name switch
    {
        Baseline => s.Baseline,
        Covered => s.Covered,
        Remaining => s.Remaining,
        NewlyCovered => s.NewlyCovered,
        CommitteesFormed => s.CommitteesFormed,
        _ => s.HouseholdsCovered,
    };
}

public sealed record FigureEstate(long EstateId, string Name, string Community, int Households);

public sealed class ReturnPageModel
{
    public required ReturnContext Context { get; init; }
    /// <summary>The return shown: as stored, as reconciled with the list, or as just typed when a save was refused.</summary>
    public required WeeklyReturn Return { get; init; }
    /// <summary>The version the form posts back: the one the user read, even after a refused save.</summary>
    public required long FormVersion { get; init; }
    public required bool CanEdit { get; init; }
    public required bool CanReview { get; init; }
    public required ReturnFigures Figures { get; init; }
    /// <summary>Every acceptance of this return, oldest first: the original and its restatements.</summary>
    public required IReadOnlyList<ReturnSnapshot> Snapshots { get; init; }
    public required IReadOnlyList<AuditEntry> Audit { get; init; }
    public required SendBackTrail Trail { get; init; }
    /// <summary>Community of each estate on the list, by estate id.</summary>
    public required IReadOnlyDictionary<long, string> Communities { get; init; }
    public string? Figure { get; init; }
    public ReturnSnapshot? FigureSnapshot { get; init; }
    public IReadOnlyList<FigureEstate> FigureEstates { get; init; } = [];
    /// <summary>The rows as shown: numbered, filtered, marked (<see cref="ReturnRows"/>).</summary>
    public required ReturnRows Rows { get; init; }
    /// <summary>The communities' parts (社区填报): the community officer's own, or every community's for the sub-district.</summary>
    public required ReturnShareView Share { get; init; }
    /// <summary>What 校验 found, when it found nothing wrong or how many things.</summary>
    public string? Note { get; init; }
    public bool Conflict { get; init; }
    public string? Refusal { get; init; }

    public ReturnSnapshot? CurrentSnapshot => Snapshots.Count == 0 ? null : Snapshots[^1];
    public bool IsLocked => Context.Stored is { Status: ReturnStatus.Accepted };
    public string Url => ReturnUrls.Of(Context);
}

public static class ReturnUrls
{
    public static string Of(long subDistrictId, DateOnly weekEnding) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/returns/{subDistrictId}/{ReturnMessages.Iso(weekEnding)}");

    public static string Of(ReturnContext context) => Of(context.SubDistrict.Id, context.WeekEnding);
}
