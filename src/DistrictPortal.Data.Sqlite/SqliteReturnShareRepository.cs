using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Data.Sqlite;

/// <summary>The communities' parts of weekly returns on SQLite: each write version-checked, with its audit, in one transaction.</summary>
public sealed class SqliteReturnShareRepository(SqliteConnectionFactory connections) : IReturnShareRepository
{
    private const string EntityType = AuditEntities.WeeklyReturn;

    public async Task<IReadOnlyList<CommunityPart>> ListAsync(long weeklyReturnId)
    {
        await using var connection = await connections.OpenAsync();
        var parts = await connection.QueryAsync<CommunityPart>(
            """
            SELECT p.WeeklyReturnId, p.CommunityId, n.Name AS CommunityName, p.StartedUtc, p.StartedByName,
                p.DoneUtc, p.DoneByUserId, p.DoneByName, p.Version
            FROM ReturnCommunityPart p
            JOIN Node n ON n.Id = p.CommunityId
            WHERE p.WeeklyReturnId = @weeklyReturnId
            ORDER BY n.Name, p.CommunityId
            """,
            new { weeklyReturnId });
        return parts.AsList();
    }

    public Task SaveAsync(CommunityPart part, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(audit);
        return WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var written = part.Version == 0
                ? await connection.ExecuteAsync(
                    """
                    INSERT INTO ReturnCommunityPart (WeeklyReturnId, CommunityId, StartedUtc, StartedByName, DoneUtc, DoneByUserId, DoneByName, Version)
                    VALUES (@WeeklyReturnId, @CommunityId, @StartedUtc, @StartedByName, @DoneUtc, @DoneByUserId, @DoneByName, 1)
                    ON CONFLICT (WeeklyReturnId, CommunityId) DO NOTHING
                    """,
                    part, transaction)
                : await connection.ExecuteAsync(
                    """
                    UPDATE ReturnCommunityPart
                    SET StartedUtc = @StartedUtc, StartedByName = @StartedByName, DoneUtc = @DoneUtc, DoneByUserId = @DoneByUserId,
                        DoneByName = @DoneByName, Version = Version + 1
                    WHERE WeeklyReturnId = @WeeklyReturnId AND CommunityId = @CommunityId AND Version = @Version
                    """,
                    part, transaction);
            // Inserted by someone else first, or changed since it was read: nothing of ours is written.
            if (written == 0)
                throw new ConcurrencyConflictException(EntityType, part.WeeklyReturnId);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(CommunityPart.CommunityId)));
    }
}
