using DistrictPortal.Core.Attachments;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[Attachment_*] procedure; the properties are its parameters (see StoredProcedureAttribute).

/// <summary>The new attachment's id.</summary>
[StoredProcedure("Attachment_Create")]
internal sealed record AttachmentCreate(
    AttachmentOwnerKind OwnerKind, long OwnerId, long NodeId, string FileName, AttachmentType Type, long SizeBytes, string Sha256,
    DateTime UploadedUtc, long UploadedByUserId, string UploadedByName, byte[] Content) : IQuery<long>
{
    public static AttachmentCreate From(Attachment a) =>
        new(a.OwnerKind, a.OwnerId, a.NodeId, a.FileName, a.Type, a.SizeBytes, a.Sha256, a.UploadedUtc, a.UploadedByUserId, a.UploadedByName, a.Content);
}

[StoredProcedure("Attachment_ReadById")]
internal sealed record AttachmentReadById(long Id) : IQuery<Attachment>;

[StoredProcedure("Attachment_ReadContentById")]
internal sealed record AttachmentReadContentById(long Id) : IQuery<Attachment>;

[StoredProcedure("Attachment_ReadByOwner")]
internal sealed record AttachmentReadByOwner(AttachmentOwnerKind OwnerKind, long OwnerId) : IQuery<Attachment>;

[StoredProcedure("Attachment_ReadCountByNodeId")]
internal sealed record AttachmentReadCountByNodeId(long NodeId) : IQuery<int>;
