using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Standards;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// The service standards and the inspections against them on SQLite. A standard's edit is written only over the version
/// read; an inspection and its values go in one transaction with the audit. Verdicts come from Core, stored as given.
/// </summary>
public sealed class SqliteStandardsRepository(SqliteConnectionFactory connections) : IServiceStandardRepository, IInspectionRepository
{
    private const string SelectInspection = """
        SELECT i.Id, i.EstateId, i.Date, i.Inspector, i.Evidence, i.Mode, i.MeetsAll, i.RecordedUtc, i.RecordedByUserId, i.RecordedByName,
               n.Name AS EstateName, n.Path, IFNULL(s.Id, 0) AS SubDistrictId, IFNULL(s.Name, '') AS SubDistrictName
        FROM Inspection i
        JOIN Node n ON n.Id = i.EstateId
        JOIN Node c ON c.Id = n.ParentId
        LEFT JOIN Node s ON s.Id = c.ParentId
        """;

    private const string SelectValue = """
        SELECT v.InspectionId, v.StandardId, st.Measure, v.Comparison, v.Threshold, v.StandardVersion, v.Value, v.Met
        FROM InspectionValue v
        JOIN ServiceStandard st ON st.Id = v.StandardId
        """;

    /// <summary>The newest inspection of each live estate in the scope range: the one no later inspection of the estate follows.</summary>
    private const string LatestInScope = """
        SELECT Id FROM (
            SELECT i.Id, ROW_NUMBER() OVER (PARTITION BY i.EstateId ORDER BY i.Date DESC, i.Id DESC) AS Newest
            FROM Inspection i
            JOIN Node n ON n.Id = i.EstateId
            WHERE n.Path >= @scopeFrom AND n.Path < @scopeTo AND n.IsRetired = 0)
        WHERE Newest = 1
        """;

    public async Task<IReadOnlyList<ServiceStandard>> ListAsync()
    {
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<ServiceStandard>(
            "SELECT Id, Measure, Comparison, Threshold, PlanNo AS Plan, Modes, IsActive, Version FROM ServiceStandard ORDER BY Id")).AsList();
    }

    public Task UpdateAsync(ServiceStandard standard, long version, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(standard);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var updated = await connection.ExecuteAsync(
                """
                UPDATE ServiceStandard SET Comparison = @Comparison, Threshold = @Threshold, Modes = @Modes, IsActive = @IsActive, Version = Version + 1
                WHERE Id = @Id AND Version = @version
                """,
                new { standard.Id, Comparison = (int)standard.Comparison, standard.Threshold, Modes = (int)standard.Modes, standard.IsActive, version },
                transaction);
            if (updated != 1)
                throw new ConcurrencyConflictException(AuditEntities.ServiceStandard, standard.Id);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(ServiceStandard.Id));
    }

    public async Task<long> AddAsync(Inspection inspection, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(AuditEntities.Inspection, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var newId = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO Inspection (EstateId, Date, Inspector, Evidence, Mode, MeetsAll, RecordedUtc, RecordedByUserId, RecordedByName)
                VALUES (@EstateId, @Date, @Inspector, @Evidence, @Mode, @MeetsAll, @RecordedUtc, @RecordedByUserId, @RecordedByName)
                RETURNING Id
                """,
                new
                {
                    inspection.EstateId, inspection.Date, inspection.Inspector, inspection.Evidence, Mode = (int)inspection.Mode,
                    inspection.MeetsAll, inspection.RecordedUtc, inspection.RecordedByUserId, inspection.RecordedByName,
                }, transaction);
            foreach (var v in inspection.Values)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO InspectionValue (InspectionId, StandardId, Comparison, Threshold, StandardVersion, Value, Met)
                    VALUES (@newId, @StandardId, @Comparison, @Threshold, @StandardVersion, @Value, @Met)
                    """,
                    new { newId, v.StandardId, Comparison = (int)v.Comparison, v.Threshold, v.StandardVersion, v.Value, v.Met }, transaction);
            }
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(Inspection.EstateId)));
        inspection.Id = id;
        foreach (var v in inspection.Values)
            v.InspectionId = id;
        return id;
    }

    public async Task<IReadOnlyList<Inspection>> ListByEstateAsync(long estateId)
    {
        await using var connection = await connections.OpenAsync();
        var list = (await connection.QueryAsync<Inspection>($"{SelectInspection} WHERE i.EstateId = @estateId ORDER BY i.Date DESC, i.Id DESC",
            new { estateId })).AsList();
        var values = (await connection.QueryAsync<InspectionValue>(
            $"{SelectValue} JOIN Inspection i ON i.Id = v.InspectionId WHERE i.EstateId = @estateId ORDER BY v.InspectionId, v.StandardId",
            new { estateId })).ToLookup(v => v.InspectionId);
        foreach (var i in list)
            i.Values = values[i.Id].ToList();
        return list;
    }

    public async Task<IReadOnlyList<Inspection>> ListLatestInScopeAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<Inspection>(
            $"{SelectInspection} WHERE i.Id IN ({LatestInScope}) ORDER BY s.SortOrder, s.Id, c.SortOrder, c.Id, n.Id",
            new { scopeFrom, scopeTo })).AsList();
    }

    public async Task<IReadOnlyList<InspectionValue>> ListLatestValuesInScopeAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        return (await connection.QueryAsync<InspectionValue>(
            $"{SelectValue} WHERE v.InspectionId IN ({LatestInScope}) ORDER BY v.InspectionId, v.StandardId",
            new { scopeFrom, scopeTo })).AsList();
    }
}
