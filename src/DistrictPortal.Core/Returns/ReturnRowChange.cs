namespace DistrictPortal.Core.Returns;

/// <summary>
/// 本周有变更: whether a row of this week states anything the last accepted week did not. A row the last accepted week
/// did not have (an estate new on the list, or the first week filed) counts as changed. The reviewer's reason is not a
/// fact of the row and is left out.
/// </summary>
public static class ReturnRowChange
{
    public static bool SinceLastAccepted(ReturnRow row, ReturnRow? lastAccepted) =>
        lastAccepted is null
        || row.Households != lastAccepted.Households
        || row.Mode != lastAccepted.Mode
        || row.SixHaves != lastAccepted.SixHaves
        || row.ConsultationDate != lastAccepted.ConsultationDate
        || row.OwnersMeetingDate != lastAccepted.OwnersMeetingDate
        || row.CommitteeElectedDate != lastAccepted.CommitteeElectedDate
        || row.ContractSignedDate != lastAccepted.ContractSignedDate
        || row.IsStruckOff != lastAccepted.IsStruckOff
        || row.StruckOffDate != lastAccepted.StruckOffDate
        || !string.Equals(row.Blockers, lastAccepted.Blockers, StringComparison.Ordinal)
        || !string.Equals(row.HelpAsked, lastAccepted.HelpAsked, StringComparison.Ordinal);
}
