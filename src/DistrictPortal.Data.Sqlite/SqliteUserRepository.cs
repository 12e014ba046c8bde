using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Identity;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Portal accounts on SQLite. User names are unique case-insensitively (NOCASE folds ASCII; SQL Server's
/// collation folds more). Sign-in bookkeeping does not bump <see cref="User.Version"/>: a stranger typing
/// a wrong password must not turn the admin's open edit form into a conflict.
/// </summary>
public sealed class SqliteUserRepository(SqliteConnectionFactory connections) : IUserRepository
{
    public const string EntityType = AuditEntities.User;

    private const string SelectUser = """
        SELECT u.Id, u.UserName, u.DisplayName, u.PasswordHash, u.Role, u.ScopeNodeId, u.Email, u.IsDisabled,
               u.FailedSignIns, u.LockoutEndUtc, u.Version, u.SecurityStamp, n.Path AS ScopePath, n.Name AS ScopeName
        FROM [User] u
        JOIN Node n ON n.Id = u.ScopeNodeId
        """;

    public async Task<User?> GetByIdAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<User>($"{SelectUser} WHERE u.Id = @id", new { id });
    }

    public async Task<User?> GetByUserNameAsync(string userName)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<User>(
            $"{SelectUser} WHERE u.UserName = @userName COLLATE NOCASE", new { userName = userName?.Trim() });
    }

    public async Task<IReadOnlyList<User>> ListAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var users = await connection.QueryAsync<User>(
            $"{SelectUser} WHERE n.Path >= @scopeFrom AND n.Path < @scopeTo ORDER BY u.UserName COLLATE NOCASE, u.Id",
            new { scopeFrom, scopeTo });
        return users.AsList();
    }

    public Task<long> CreateAsync(User user, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(audit);
        var userName = CleanUserName(user.UserName);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            await EnsureUserNameFreeAsync(connection, transaction, userName, exceptId: 0);
            await EnsureScopeExistsAsync(connection, transaction, user.ScopeNodeId);
            var id = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO [User] (UserName, DisplayName, PasswordHash, Role, ScopeNodeId, Email, IsDisabled,
                                    FailedSignIns, LockoutEndUtc, Version, SecurityStamp)
                VALUES (@userName, @DisplayName, @PasswordHash, @Role, @ScopeNodeId, @Email, @IsDisabled, 0, NULL, 1, @securityStamp)
                RETURNING Id
                """,
                new { userName, user.DisplayName, user.PasswordHash, Role = (int)user.Role, user.ScopeNodeId, user.Email, user.IsDisabled,
                      securityStamp = StampOrNew(user.SecurityStamp) },
                transaction);
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, id));
            return id;
        }, nameof(User.UserName));
    }

    public Task UpdateAsync(User user, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(audit);
        var userName = CleanUserName(user.UserName);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var version = await connection.ExecuteScalarAsync<long?>(
                "SELECT Version FROM [User] WHERE Id = @Id", new { user.Id }, transaction);
            if (version != user.Version)
                throw new ConcurrencyConflictException(EntityType, user.Id);
            await EnsureUserNameFreeAsync(connection, transaction, userName, exceptId: user.Id);
            await EnsureScopeExistsAsync(connection, transaction, user.ScopeNodeId);

            // An empty hash means "keep the password": the edit form never sees the old one.
            var updated = await connection.ExecuteAsync(
                """
                UPDATE [User]
                SET UserName = @userName, DisplayName = @DisplayName, Role = @Role, ScopeNodeId = @ScopeNodeId,
                    Email = @Email, IsDisabled = @IsDisabled,
                    PasswordHash = CASE WHEN @PasswordHash IS NULL OR @PasswordHash = '' THEN PasswordHash ELSE @PasswordHash END,
                    SecurityStamp = CASE WHEN @SecurityStamp IS NULL OR @SecurityStamp = '' THEN SecurityStamp ELSE @SecurityStamp END,
                    Version = Version + 1
                WHERE Id = @Id AND Version = @Version
                """,
                new { userName, user.DisplayName, Role = (int)user.Role, user.ScopeNodeId, user.Email, user.IsDisabled,
                      user.PasswordHash, user.SecurityStamp, user.Id, user.Version },
                transaction);
            if (updated != 1)
                throw new ConcurrencyConflictException(EntityType, user.Id);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(User.UserName));
    }

    public Task<int> RecordFailedSignInAsync(long userId, DateTime? lockoutEndUtc, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            // One statement counts and reads back, so two failures at once are both counted.
            var failures = await connection.ExecuteScalarAsync<int?>(
                """
                UPDATE [User]
                SET FailedSignIns = FailedSignIns + 1, LockoutEndUtc = COALESCE(@lockoutEndUtc, LockoutEndUtc)
                WHERE Id = @userId
                RETURNING FailedSignIns
                """,
                new { userId, lockoutEndUtc }, transaction)
                ?? throw new KeyNotFoundException($"User {userId} does not exist.");
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return failures;
        }, nameof(User.UserName));
    }

    public Task UnlockAsync(long userId, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var updated = await connection.ExecuteAsync(
                "UPDATE [User] SET FailedSignIns = 0, LockoutEndUtc = NULL WHERE Id = @userId",
                new { userId }, transaction);
            if (updated != 1)
                throw new KeyNotFoundException($"User {userId} does not exist.");
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(User.UserName));
    }

    public Task RecordSignInAsync(long userId, string? rehashedPassword, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var updated = await connection.ExecuteAsync(
                """
                UPDATE [User]
                SET FailedSignIns = 0, LockoutEndUtc = NULL,
                    PasswordHash = CASE WHEN @rehashedPassword IS NULL OR @rehashedPassword = '' THEN PasswordHash ELSE @rehashedPassword END,
                    -- A stored rehash changes the row, so its version moves, as SQL Server's ROWVERSION does.
                    Version = CASE WHEN @rehashedPassword IS NULL OR @rehashedPassword = '' THEN Version ELSE Version + 1 END
                WHERE Id = @userId
                """,
                new { userId, rehashedPassword }, transaction);
            if (updated != 1)
                throw new KeyNotFoundException($"User {userId} does not exist.");
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(User.UserName));
    }

    public Task UpdateSecurityStampAsync(long userId, string securityStamp, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(securityStamp);
        ArgumentNullException.ThrowIfNull(audit);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            // Not an edit of the account: the version stays, so an admin's open form of this user is still current.
            var updated = await connection.ExecuteAsync(
                "UPDATE [User] SET SecurityStamp = @securityStamp WHERE Id = @userId", new { userId, securityStamp }, transaction);
            if (updated != 1)
                throw new KeyNotFoundException($"User {userId} does not exist.");
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(User.UserName));
    }

    private static string StampOrNew(string? stamp) => string.IsNullOrEmpty(stamp) ? SecurityStamp.New() : stamp;

    private static string CleanUserName(string? userName)
    {
        var trimmed = userName?.Trim();
        return string.IsNullOrEmpty(trimmed)
            ? throw new ArgumentException("A user needs a user name.", nameof(userName))
            : trimmed;
    }

    private static async Task EnsureUserNameFreeAsync(
        System.Data.IDbConnection connection, System.Data.IDbTransaction transaction, string userName, long exceptId)
    {
        var taken = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM [User] WHERE UserName = @userName COLLATE NOCASE AND Id <> @exceptId)",
            new { userName, exceptId }, transaction);
        if (taken)
            throw new DuplicateNameException(nameof(User.UserName), userName);
    }

    private static async Task EnsureScopeExistsAsync(
        System.Data.IDbConnection connection, System.Data.IDbTransaction transaction, long scopeNodeId)
    {
        if (!await connection.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM Node WHERE Id = @scopeNodeId)", new { scopeNodeId }, transaction))
            throw new ArgumentException($"Scope node {scopeNodeId} does not exist.", nameof(scopeNodeId));
    }
}
