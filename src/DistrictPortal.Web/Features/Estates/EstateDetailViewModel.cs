using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Web.Features.Estates;

public sealed class EstateDetailViewModel
{
    public required Estate Estate { get; init; }
    public required IReadOnlyList<Node> Lineage { get; init; }
    public required IReadOnlyList<AuditEntry> Audit { get; init; }
    public required bool CanEdit { get; init; }

    public ManagementRoomResult RoomCheck => ManagementRoomCheck.Evaluate(Estate);

    public bool InOldEstateProgramme => EstateValidator.IsInOldEstateProgramme(Estate);
}
