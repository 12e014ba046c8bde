using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Core.LookBacks;

/// <summary>What an inspector records: the form as typed (null where left blank).</summary>
public sealed class LookBackInput
{
    public DateOnly? Date { get; set; }
    public string? Inspector { get; set; }
    public LookBackBy? By { get; set; }
    public SixHaves SixHaves { get; set; }
    public bool? Passed { get; set; }
    public string? Note { get; set; }
}

/// <summary>Codes of the look-back rules ("LookBacks.Validation.{code}" in the resources).</summary>
public static class LookBackErrors
{
    /// <summary>Only an estate the registry holds as struck off is looked back on.</summary>
    public const string NotStruckOff = "NotStruckOff";
    /// <summary>A look-back before the strike-off it checks (args: the strike-off date).</summary>
    public const string BeforeStrikeOff = "BeforeStrikeOff";
    /// <summary>A pass needs all six haves found on site (args: how many were).</summary>
    public const string PassNeedsSixHaves = "PassNeedsSixHaves";
    /// <summary>A failure says why in the note.</summary>
    public const string FailNeedsNote = "FailNeedsNote";
    /// <summary>The strike-off changed between reading and writing (an acceptance, another look-back): nothing written.</summary>
    public const string StrikeOffChanged = "StrikeOffChanged";
}

/// <summary>
/// Records look-backs (回头看, P11) and decides what they do:
/// - the rules: the estate is struck off in the registry; a date not in the future and not before the strike-off; an
///   inspector's name; who looked (community or office); passed or failed; a pass has all six haves found on site; a
///   failure says why;
/// - a failure is a relapse (返潮): the estate goes back on the list in the same transaction as the look-back, its
///   registry status unmanaged, no mode, the six haves found, no strike-off date (<see cref="RegistryUpdate"/>), audited
///   on the estate with <see cref="AuditActions.Relapse"/>. The next return is pre-filled from the registry, so it shows
///   the estate not struck off (<see cref="ReturnPrefill"/>).
/// Role and scope are the caller's to check first.
/// </summary>
public sealed class LookBackService(ILookBackRepository lookBacks)
{
    public const int MaxInspectorLength = 50;
    public const int MaxNoteLength = 500;

    public async Task<DomainResult<long>> RecordAsync(long estateId, string estatePath, LookBackInput input, DateOnly today, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(change);
        var estate = (await lookBacks.ListStruckOffInScopeAsync(estatePath)).FirstOrDefault(e => e.EstateId == estateId);
        var errors = Validate(estate, input, today);
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        var (lookBack, relapse, audit) = Decide(estate!, input, change);
        try
        {
            return DomainResult<long>.Done(await lookBacks.AddAsync(lookBack, relapse, audit));
        }
        catch (ConcurrencyConflictException)
        {
            // An acceptance or another look-back changed the strike-off since it was read: nothing was written.
            return DomainResult<long>.Refuse(nameof(LookBack.EstateId), LookBackErrors.StrikeOffChanged);
        }
    }

    public static IReadOnlyList<ValidationError> Validate(StruckOffEstate? estate, LookBackInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationError>();
        if (estate is null)
        {
            errors.Add(new(nameof(LookBack.EstateId), LookBackErrors.NotStruckOff));
            return errors;
        }
        if (input.Date is not { } date)
            errors.Add(new(nameof(LookBack.Date), ValidationCodes.Required));
        else if (date > today)
            errors.Add(new(nameof(LookBack.Date), ValidationCodes.NotInFuture));
        else if (date < estate.StruckOffDate)
            errors.Add(new(nameof(LookBack.Date), LookBackErrors.BeforeStrikeOff, estate.StruckOffDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var inspector = input.Inspector?.Trim() ?? "";
        if (inspector.Length == 0)
            errors.Add(new(nameof(LookBack.Inspector), ValidationCodes.Required));
        else if (inspector.Length > MaxInspectorLength)
            errors.Add(new(nameof(LookBack.Inspector), ValidationCodes.TooLong, MaxInspectorLength));
        else
            TextRule.CheckName(errors, nameof(LookBack.Inspector), inspector);
        if (input.By is not { } by || !Enum.IsDefined(by))
            errors.Add(new(nameof(LookBack.By), ValidationCodes.Required));
        if ((input.SixHaves & ~SixHaves.All) != 0)
            errors.Add(new(nameof(LookBack.SixHaves), ValidationCodes.Invalid));
        var note = Note(input);
        if (note?.Length > MaxNoteLength)
            errors.Add(new(nameof(LookBack.Note), ValidationCodes.TooLong, MaxNoteLength));
        if (input.Passed is not { } passed)
            errors.Add(new(nameof(LookBack.Passed), ValidationCodes.Required));
        else if (passed && !Haves.IsComplete(input.SixHaves))
            errors.Add(new(nameof(LookBack.SixHaves), LookBackErrors.PassNeedsSixHaves, Haves.Count(input.SixHaves)));
        else if (!passed && note is null)
            errors.Add(new(nameof(LookBack.Note), LookBackErrors.FailNeedsNote));
        return errors;
    }

    /// <summary>The look-back to store, the registry write of a relapse (null for a pass) and every audit entry, from valid input.</summary>
    public static (LookBack LookBack, RegistryUpdate? Relapse, IReadOnlyList<AuditEntry> Audit) Decide(
        StruckOffEstate estate, LookBackInput input, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(estate);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(change);
        var passed = input.Passed!.Value;
        var lookBack = new LookBack
        {
            EstateId = estate.EstateId,
            Date = input.Date!.Value,
            Inspector = input.Inspector!.Trim(),
            By = input.By!.Value,
            SixHaves = input.SixHaves & SixHaves.All,
            Passed = passed,
            Note = Note(input),
            StruckOffDate = estate.StruckOffDate,
            Relapsed = !passed,
            RecordedUtc = change.AtUtc,
            RecordedByUserId = change.UserId,
            RecordedByName = change.UserName,
            EstateName = estate.EstateName,
            Path = estate.Path,
            SubDistrictId = estate.SubDistrictId,
        };
        var audit = new List<AuditEntry>(new AuditDiff(AuditEntities.LookBack, AuditEntry.NewRow, change)
            .Action(AuditActions.Create, newValue: Summary(lookBack)).Entries);
        if (passed)
            return (lookBack, null, audit);
        var relapse = new RegistryUpdate(estate.EstateId, ManagementStatus.Unmanaged, ManagementMode.None, lookBack.SixHaves, null);
        audit.AddRange(new AuditDiff(EstateAudit.EntityType, estate.EstateId, change)
            .Field(nameof(Estate.Status), estate.Status, relapse.Status)
            .Field(nameof(Estate.Mode), estate.Mode, relapse.Mode)
            .Field(nameof(Estate.SixHaves), estate.SixHaves, relapse.SixHaves)
            .Field(nameof(RegistryFacts.StruckOffDate), (DateOnly?)estate.StruckOffDate, relapse.StruckOffDate)
            .Action(AuditActions.Relapse, nameof(LookBack), null, Summary(lookBack)).Entries);
        return (lookBack, relapse, audit);
    }

    /// <summary>One line the trail shows: "2026-12-01 张三 Community Failed 4/6".</summary>
    public static string Summary(LookBack l) => string.Create(CultureInfo.InvariantCulture,
        $"{l.Date:yyyy-MM-dd} {l.Inspector} {l.By} {(l.Passed ? "Passed" : "Failed")} {Haves.Count(l.SixHaves)}/6");

    private static string? Note(LookBackInput input) =>
        TextRule.CleanNarrative(input.Note)?.Trim() is { Length: > 0 } n ? n : null;
}
