using Dapper;
using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Data.Sqlite;

/// <summary>Evidence files on SQLite: the bytes in the row, each insert audited in its transaction.</summary>
public sealed class SqliteAttachmentRepository(SqliteConnectionFactory connections) : IAttachmentRepository
{
    public const string EntityType = AuditEntities.Attachment;

    private const string SelectAttachment = """
        SELECT a.Id, a.OwnerKind, a.OwnerId, a.NodeId, a.FileName, a.Type, a.SizeBytes, a.Sha256, a.UploadedUtc,
               a.UploadedByUserId, a.UploadedByName, n.Path AS NodePath, n.Name AS NodeName
        """;

    public async Task<long> AddAsync(Attachment attachment, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var id = await WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var newId = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO Attachment (OwnerKind, OwnerId, NodeId, FileName, Type, SizeBytes, Sha256, UploadedUtc, UploadedByUserId, UploadedByName, Content)
                VALUES (@OwnerKind, @OwnerId, @NodeId, @FileName, @Type, @SizeBytes, @Sha256, @UploadedUtc, @UploadedByUserId, @UploadedByName, @Content)
                RETURNING Id
                """,
                new
                {
                    OwnerKind = (int)attachment.OwnerKind, attachment.OwnerId, attachment.NodeId, attachment.FileName, Type = (int)attachment.Type,
                    attachment.SizeBytes, attachment.Sha256, attachment.UploadedUtc, attachment.UploadedByUserId, attachment.UploadedByName,
                    attachment.Content,
                }, transaction);
            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, newId));
            return newId;
        }, nameof(Attachment.FileName)));
        attachment.Id = id;
        return id;
    }

    public async Task<Attachment?> GetByIdAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<Attachment>(
            $"{SelectAttachment} FROM Attachment a JOIN Node n ON n.Id = a.NodeId WHERE a.Id = @id", new { id });
    }

    public async Task<Attachment?> GetContentAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<Attachment>(
            $"{SelectAttachment}, a.Content FROM Attachment a JOIN Node n ON n.Id = a.NodeId WHERE a.Id = @id", new { id });
    }

    public async Task<IReadOnlyList<Attachment>> ListByOwnerAsync(AttachmentOwnerKind ownerKind, long ownerId)
    {
        await using var connection = await connections.OpenAsync();
        var rows = await connection.QueryAsync<Attachment>(
            $"""
            {SelectAttachment}
            FROM Attachment a JOIN Node n ON n.Id = a.NodeId
            WHERE a.OwnerKind = @ownerKind AND a.OwnerId = @ownerId
            ORDER BY a.UploadedUtc, a.Id
            """,
            new { ownerKind = (int)ownerKind, ownerId });
        return rows.AsList();
    }

    public async Task<int> CountForNodeAsync(long nodeId)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM Attachment WHERE NodeId = @nodeId", new { nodeId });
    }
}
