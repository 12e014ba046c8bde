using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Identity;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Accounts on SQL Server: [dbo].[User_*] procedures; user names are unique whatever their case. Sign-in
/// bookkeeping is kept in [dbo].[UserSignIn], so it never changes <see cref="User.Version"/>.
/// </summary>
public sealed class SqlServerUserRepository(string connectionString) : IUserRepository
{
    private const string EntityType = AuditEntities.User;

    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<User?> GetByIdAsync(long id) =>
        _db.ReadAsync(async c => Utc((await c.CallAsync(new UserReadById(id))).SingleOrDefault()));

    public Task<User?> GetByUserNameAsync(string userName) =>
        userName?.Trim() is { Length: > 0 } trimmed
            ? _db.ReadAsync(async c => Utc((await c.CallAsync(new UserReadByUserName(trimmed))).SingleOrDefault()))
            : Task.FromResult<User?>(null);

    public Task<IReadOnlyList<User>> ListAsync(string scopePath) =>
        _db.ReadAsync(async c =>
        {
            var users = await c.CallAsync(new UserReadByScopePath(scopePath ?? ""));
            foreach (var user in users)
            {
                Utc(user);
            }
            return users;
        });

    public Task<long> CreateAsync(User user, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(audit);
        var userName = Names.Clean(user.UserName, nameof(user));
        return _db.WriteAsync(
            async (c, t) =>
            {
                var id = (await c.CallAsync(UserCreate.From(user, userName), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, id));
                return id;
            },
            e => SqlErrors.Translate(e, EntityType, 0, nameof(User.UserName), userName));
    }

    public Task UpdateAsync(User user, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(audit);
        var userName = Names.Clean(user.UserName, nameof(user));
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(UserUpdate.From(user, userName), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, user.Id, nameof(User.UserName), userName));
    }

    public Task<int> RecordFailedSignInAsync(long userId, DateTime? lockoutEndUtc, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                var failures = (await c.CallAsync(new UserUpdateFailedSignIn(userId, lockoutEndUtc), t)).Single()
                    ?? throw new KeyNotFoundException($"User {userId} does not exist.");
                await AuditWriter.WriteAsync(c, t, audit);
                return failures;
            },
            e => SqlErrors.Translate(e, EntityType, userId));
    }

    /// <summary>Clears the bookkeeping in [dbo].[UserSignIn] only, so the user's version does not move.</summary>
    public Task UnlockAsync(long userId, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                if ((await c.CallAsync(new UserUpdateUnlocked(userId), t)).Single() == 0)
                {
                    throw new KeyNotFoundException($"User {userId} does not exist.");
                }
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, userId));
    }

    public Task RecordSignInAsync(long userId, string? rehashedPassword, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                if ((await c.CallAsync(new UserUpdateSignIn(userId, rehashedPassword), t)).Single() == 0)
                {
                    throw new KeyNotFoundException($"User {userId} does not exist.");
                }
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, userId));
    }

    /// <summary>Touches [dbo].[UserSignIn] only, so the user's version does not move.</summary>
    public Task UpdateSecurityStampAsync(long userId, string securityStamp, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(securityStamp);
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                if ((await c.CallAsync(new UserUpdateSecurityStamp(userId, securityStamp), t)).Single() == 0)
                {
                    throw new KeyNotFoundException($"User {userId} does not exist.");
                }
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, userId));
    }

    private static User? Utc(User? user)
    {
        if (user?.LockoutEndUtc is { } end)
        {
            user.LockoutEndUtc = AuditWriter.AsUtc(end);
        }
        return user;
    }
}
