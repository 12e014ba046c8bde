using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Management;

namespace DistrictPortal.Data.Sqlite;

/// <summary>Managing bodies (mode 2) and community trusteeships (mode 3) on SQLite; each write with its audit, version-checked.</summary>
public sealed class SqliteManagementRepository(SqliteConnectionFactory connections) : IManagementRepository
{
    public async Task<ManagingBody?> GetBodyAsync(long estateId)
    {
        await using var connection = await connections.OpenAsync();
        var body = await connection.QuerySingleOrDefaultAsync<ManagingBody>(
            "SELECT EstateId, Kind, SinceDate, RecordedUtc, RecordedByName, Version FROM ManagingBody WHERE EstateId = @estateId", new { estateId });
        if (body is not null)
        {
            body.Members = (await connection.QueryAsync<BodyMember>(
                "SELECT Position, Name, Role FROM ManagingBodyMember WHERE EstateId = @estateId ORDER BY Position", new { estateId })).AsList();
        }
        return body;
    }

    public Task SaveBodyAsync(ManagingBody body, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(body);
        return WriteGuards.ForeignKeysAsArgumentErrors(AuditEntities.ManagingBody, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var args = new { body.EstateId, Kind = (int)body.Kind, body.SinceDate, body.RecordedUtc, body.RecordedByName, body.Version };
            var changed = body.Version == 0
                ? await connection.ExecuteAsync(
                    """
                    INSERT INTO ManagingBody (EstateId, Kind, SinceDate, RecordedUtc, RecordedByName, Version)
                    VALUES (@EstateId, @Kind, @SinceDate, @RecordedUtc, @RecordedByName, 1)
                    """, args, transaction)
                : await connection.ExecuteAsync(
                    """
                    UPDATE ManagingBody SET Kind = @Kind, SinceDate = @SinceDate, RecordedUtc = @RecordedUtc, RecordedByName = @RecordedByName,
                                            Version = Version + 1
                    WHERE EstateId = @EstateId AND Version = @Version
                    """, args, transaction);
            if (changed != 1)
                throw new ConcurrencyConflictException(AuditEntities.ManagingBody, body.EstateId);
            await connection.ExecuteAsync("DELETE FROM ManagingBodyMember WHERE EstateId = @EstateId", new { body.EstateId }, transaction);
            foreach (var m in body.Members)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO ManagingBodyMember (EstateId, Position, Name, Role) VALUES (@EstateId, @Position, @Name, @Role)",
                    new { body.EstateId, m.Position, m.Name, m.Role }, transaction);
            }
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(ManagingBody.EstateId)));
    }

    public async Task<Trusteeship?> GetTrusteeshipAsync(long estateId)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<Trusteeship>(
            """
            SELECT t.EstateId, t.CommunityId, c.Name AS CommunityName, t.Services, t.SinceDate, t.Funding, t.RecordedUtc, t.RecordedByName, t.Version
            FROM Trusteeship t JOIN Node c ON c.Id = t.CommunityId
            WHERE t.EstateId = @estateId
            """, new { estateId });
    }

    public Task SaveTrusteeshipAsync(Trusteeship trusteeship, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(trusteeship);
        return WriteGuards.ForeignKeysAsArgumentErrors(AuditEntities.Trusteeship, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var args = new
            {
                trusteeship.EstateId, trusteeship.CommunityId, Services = (int)trusteeship.Services, trusteeship.SinceDate, trusteeship.Funding,
                trusteeship.RecordedUtc, trusteeship.RecordedByName, trusteeship.Version,
            };
            var changed = trusteeship.Version == 0
                ? await connection.ExecuteAsync(
                    """
                    INSERT INTO Trusteeship (EstateId, CommunityId, Services, SinceDate, Funding, RecordedUtc, RecordedByName, Version)
                    VALUES (@EstateId, @CommunityId, @Services, @SinceDate, @Funding, @RecordedUtc, @RecordedByName, 1)
                    """, args, transaction)
                : await connection.ExecuteAsync(
                    """
                    UPDATE Trusteeship SET CommunityId = @CommunityId, Services = @Services, SinceDate = @SinceDate, Funding = @Funding,
                                           RecordedUtc = @RecordedUtc, RecordedByName = @RecordedByName, Version = Version + 1
                    WHERE EstateId = @EstateId AND Version = @Version
                    """, args, transaction);
            if (changed != 1)
                throw new ConcurrencyConflictException(AuditEntities.Trusteeship, trusteeship.EstateId);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(Trusteeship.EstateId)));
    }
}
