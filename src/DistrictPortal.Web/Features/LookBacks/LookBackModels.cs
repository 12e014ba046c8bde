using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.LookBacks;

namespace DistrictPortal.Web.Features.LookBacks;

/// <summary>Which part of the list is shown.</summary>
public enum LookBackView
{
    /// <summary>Provisional strike-offs (销号（待回头看）) not yet overdue.</summary>
    First,
    /// <summary>Second look-backs due and not yet overdue.</summary>
    Second,
    /// <summary>Either look-back past its grace days.</summary>
    Overdue,
    /// <summary>The look-backs recorded, newest first.</summary>
    Recent,
}

public sealed record LookBackListModel(
    LookBackView View, string Sort, IReadOnlyList<LookBackLine> Lines, IReadOnlyList<LookBack> Recent, int Page, int PageCount, int Total,
    IReadOnlyDictionary<LookBackView, int> Counts, LookBackCounts Figures, LookBackSettings Settings, DateOnly Today);

public sealed class LookBackForm
{
    public DateOnly? Date { get; set; }
    public string? Inspector { get; set; }
    public LookBackBy? By { get; set; }
    public SixHaves[] SixHaves { get; set; } = [];
    public bool? Passed { get; set; }
    public string? Note { get; set; }

    public LookBackInput ToInput() => new()
    {
        Date = Date,
        Inspector = Inspector,
        By = By,
        SixHaves = SixHaves.Aggregate(Core.Estates.SixHaves.None, (all, have) => all | have),
        Passed = Passed,
        Note = Note,
    };
}

public sealed record LookBackEstateModel(
    Estate Estate, StruckOffEstate? StruckOff, LookBackState State, IReadOnlyList<LookBack> History, bool CanRecord, LookBackForm Form,
    IReadOnlyList<string> Errors, LookBackSettings Settings, DateOnly Today);

public sealed record EvidenceRulesModel(IReadOnlyDictionary<ManagementMode, string> Rules, IReadOnlyList<string> Errors);

/// <summary>Who does what with look-backs (P11): the community and sub-district officers and the office record; everyone else in scope reads.</summary>
public static class LookBackPermissions
{
    public static bool CanRecord(Role role) => role is Role.Admin or Role.SubDistrictOfficer or Role.CommunityOfficer;

    /// <summary>The evidence rules are the leading-group office's.</summary>
    public static bool CanKeepEvidenceRules(Role role) => role == Role.Admin;

    /// <summary>The office looks back as the office; an officer as the community it works with.</summary>
    public static LookBackBy DefaultBy(Role role) => role == Role.Admin ? LookBackBy.Office : LookBackBy.Community;
}
