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

    public Task SaveAsync(CommunityPart part, ReturnStatus returnStatus, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(audit);
        var parameters = new
        {
            part.WeeklyReturnId, part.CommunityId, part.StartedUtc, part.StartedByName, part.DoneUtc, part.DoneByUserId, part.DoneByName,
            part.Version, ReturnStatus = (int)returnStatus,
        };
        return WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            // One statement each, the return's status tested inside it: a submit cannot slip between the test and the write.
            var written = part.Version == 0
                ? await connection.ExecuteAsync(
                    """
                    INSERT INTO ReturnCommunityPart (WeeklyReturnId, CommunityId, StartedUtc, StartedByName, DoneUtc, DoneByUserId, DoneByName, Version)
                    SELECT @WeeklyReturnId, @CommunityId, @StartedUtc, @StartedByName, @DoneUtc, @DoneByUserId, @DoneByName, 1
                    WHERE NOT EXISTS (SELECT 1 FROM WeeklyReturn w WHERE w.Id = @WeeklyReturnId AND w.Status <> @ReturnStatus)
                    ON CONFLICT (WeeklyReturnId, CommunityId) DO NOTHING
                    """,
                    parameters, transaction)
                : await connection.ExecuteAsync(
                    """
                    UPDATE ReturnCommunityPart
                    SET StartedUtc = @StartedUtc, StartedByName = @StartedByName, DoneUtc = @DoneUtc, DoneByUserId = @DoneByUserId,
                        DoneByName = @DoneByName, Version = Version + 1
                    WHERE WeeklyReturnId = @WeeklyReturnId AND CommunityId = @CommunityId AND Version = @Version
                      AND EXISTS (SELECT 1 FROM WeeklyReturn w WHERE w.Id = @WeeklyReturnId AND w.Status = @ReturnStatus)
                    """,
                    parameters, transaction);
            // Inserted by someone else first, changed since it was read, or the return left that status: nothing of ours is written.
            if (written == 0)
                throw new ConcurrencyConflictException(EntityType, part.WeeklyReturnId);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(CommunityPart.CommunityId)));
    }
}
