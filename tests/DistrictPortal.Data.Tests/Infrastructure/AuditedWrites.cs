using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Briefings;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>
/// The writes the contract tests set up with, straight to the repositories with the audit entries Core builds
/// (<see cref="UserAudit"/>, <see cref="EstateAudit"/>, <see cref="ReturnAudit"/>, <see cref="ArchivedBriefing.Created"/>),
/// no rules: the rules are Core's and tested there. As <see cref="NodeWrites"/> does for the hierarchy.
/// </summary>
public static class AuditedWrites
{
    public static Task<long> CreateAsync(this IUserRepository users, User user, ChangeContext context) =>
        users.CreateAsync(user, UserAudit.Created(user, context));

    /// <summary>A failed sign-in audited as the sign-in page audits it: from the count it read.</summary>
    public static async Task<int> RecordFailedSignInAsync(this IUserRepository users, long userId, DateTime? lockoutEndUtc, ChangeContext context)
    {
        var before = (await users.GetByIdAsync(userId))?.FailedSignIns ?? 0;
        return await users.RecordFailedSignInAsync(userId, lockoutEndUtc, UserAudit.FailedSignIn(userId, before, lockoutEndUtc, context));
    }

    public static Task RecordSignInAsync(this IUserRepository users, long userId, string? rehashedPassword, ChangeContext context) =>
        users.RecordSignInAsync(userId, rehashedPassword, UserAudit.SignedIn(userId, context));

    public static Task UnlockAsync(this IUserRepository users, long userId, ChangeContext context) =>
        users.UnlockAsync(userId, UserAudit.Unlocked(userId, context));

    public static Task<long> CreateAsync(this IEstateRepository estates, Estate estate, ChangeContext context) =>
        estates.CreateAsync(estate, EstateAudit.Created(estate, context));

    public static Task<long> CreateAsync(this IWeeklyReturnRepository returns, WeeklyReturn weeklyReturn, ChangeContext context) =>
        returns.CreateAsync(weeklyReturn, ReturnAudit.Created(weeklyReturn.WeekEnding, context));

    public static Task<bool> MarkOverdueAsync(this IWeeklyReturnRepository returns, long subDistrictId, DateOnly weekEnding, ChangeContext context) =>
        returns.MarkOverdueAsync(subDistrictId, weekEnding, ReturnAudit.Overdue(weekEnding, context));

    public static Task<bool> AddOnceAsync(this IBriefingArchiveRepository archive, ArchivedBriefing briefing, ChangeContext context) =>
        archive.AddOnceAsync(briefing, ArchivedBriefing.Created(briefing, context));

    /// <summary>An import's added estates, each with its "create" entry.</summary>
    public static IReadOnlyList<EstateImportAddition> Additions(IEnumerable<Estate> estates, ChangeContext context) =>
        estates.Select(e => new EstateImportAddition(e, EstateAudit.Created(e, context))).ToList();
}
