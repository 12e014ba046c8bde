using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>Evidence files on SQL Server: [dbo].[Attachment_*], the bytes in the row, each insert audited in its transaction.</summary>
public sealed class SqlServerAttachmentRepository(string connectionString) : IAttachmentRepository
{
    public const string EntityType = AuditEntities.Attachment;

    private readonly SqlServerDatabase _db = new(connectionString);

    public async Task<long> AddAsync(Attachment attachment, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var id = await _db.WriteAsync(
            async (c, t) =>
            {
                var newId = (await c.CallAsync(AttachmentCreate.From(attachment), t)).Single();
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            },
            e => SqlErrors.Translate(e, EntityType, 0));
        attachment.Id = id;
        return id;
    }

    public Task<Attachment?> GetByIdAsync(long id) =>
        _db.ReadAsync(async c => Utc((await c.CallAsync(new AttachmentReadById(id))).SingleOrDefault()));

    public Task<Attachment?> GetContentAsync(long id) =>
        _db.ReadAsync(async c => Utc((await c.CallAsync(new AttachmentReadContentById(id))).SingleOrDefault()));

    public Task<IReadOnlyList<Attachment>> ListByOwnerAsync(AttachmentOwnerKind ownerKind, long ownerId) =>
        _db.ReadAsync(async c =>
        {
            var rows = await c.CallAsync(new AttachmentReadByOwner(ownerKind, ownerId));
            foreach (var row in rows)
            {
                Utc(row);
            }
            return rows;
        });

    public Task<int> CountForNodeAsync(long nodeId) =>
        _db.ReadAsync(async c => (await c.CallAsync(new AttachmentReadCountByNodeId(nodeId))).Single());

    private static Attachment? Utc(Attachment? attachment)
    {
        if (attachment is not null)
        {
            attachment.UploadedUtc = AuditWriter.AsUtc(attachment.UploadedUtc);
        }
        return attachment;
    }
}
