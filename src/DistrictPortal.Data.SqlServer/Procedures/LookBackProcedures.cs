using DistrictPortal.Core.Estates;
using DistrictPortal.Core.LookBacks;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[LookBack_*], [dbo].[StrikeOffEvidenceRule_*] procedure and the look-backs' registry procedures;
// the properties are its parameters (see StoredProcedureAttribute).

/// <summary>The new look-back's id.</summary>
[StoredProcedure("LookBack_Create")]
internal sealed record LookBackCreate(
    long EstateId, DateOnly Date, string Inspector, LookBackBy By, SixHaves SixHaves, bool Passed, string? Note, DateOnly StruckOffDate,
    bool Relapsed, DateTime RecordedUtc, long RecordedByUserId, string RecordedByName) : IQuery<long>
{
    public static LookBackCreate From(LookBack l) =>
        new(l.EstateId, l.Date, l.Inspector, l.By, l.SixHaves, l.Passed, l.Note, l.StruckOffDate, l.Relapsed, l.RecordedUtc, l.RecordedByUserId, l.RecordedByName);
}

[StoredProcedure("LookBack_ReadById")]
internal sealed record LookBackReadById(long Id) : IQuery<LookBack>;

[StoredProcedure("LookBack_ReadByEstateId")]
internal sealed record LookBackReadByEstateId(long EstateId) : IQuery<LookBack>;

[StoredProcedure("LookBack_ReadByScopePath")]
internal sealed record LookBackReadByScopePath(string ScopePath) : IQuery<LookBack>;

[StoredProcedure("Estate_ReadStruckOffByScopePath")]
internal sealed record EstateReadStruckOffByScopePath(string ScopePath) : IQuery<StruckOffEstate>;

/// <summary>The relapse's registry write, only while the estate is struck off on <see cref="StruckOffDate"/>.</summary>
[StoredProcedure("Estate_UpdateRelapse")]
internal sealed record EstateUpdateRelapse(long Id, ManagementStatus Status, ManagementMode Mode, SixHaves SixHaves, DateOnly StruckOffDate) : IQuery<RowsUpdated>;

[StoredProcedure("StrikeOffEvidenceRule_ReadAll")]
internal sealed record StrikeOffEvidenceRuleReadAll : IQuery<StrikeOffEvidenceRule>;

[StoredProcedure("StrikeOffEvidenceRule_Update")]
internal sealed record StrikeOffEvidenceRuleUpdate(ManagementMode Mode, string? Document) : ICommand;

[StoredProcedure("Attachment_ReadEvidenceEstateIdsByScopePath")]
internal sealed record AttachmentReadEvidenceEstateIdsByScopePath(string ScopePath) : IQuery<long>;
