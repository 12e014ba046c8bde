using DistrictPortal.Core.Attachments;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Identity;
using DistrictPortal.Core.Notifications;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.Attachments;

/// <summary>
/// What an upload is attached to, as the portal knows it: the node whose scope the file joins, who may attach to it, and
/// whether it still takes evidence (an accepted return is locked; a closed order takes no more answers).
/// </summary>
/// <param name="Choices">For a return: the estates of its rows, one of which the file is for.</param>
public sealed record AttachmentTarget(long NodeId, string NodePath, Func<Role, bool> MayAttach, bool TakesEvidence, IReadOnlyList<(long Id, string Name)> Choices);

/// <summary>Resolves an owner (kind and id, and for a return row its estate) to its <see cref="AttachmentTarget"/>; null when there is none.</summary>
public sealed class AttachmentOwners(
    IEstateRepository estates, IWeeklyReturnRepository returns, ISupervisionOrderRepository orders, INodeRepository nodes,
    Core.LookBacks.ILookBackRepository lookBacks, Core.Enterprises.IContractRepository contracts)
{
    /// <summary>The sub-district answers its orders (the admin may stand in), as it files its returns.</summary>
    public static bool MayAnswerOrders(Role role) => Permissions.CanSubmitReturns(role);

    /// <summary>
    /// A return as the owner of its rows' files, from the return and its sub-district already read: the return page
    /// has both, and reading the return's ~120 rows again for this was a tenth of that page's time (issue 19).
    /// </summary>
    public static AttachmentTarget OfReturn(WeeklyReturn weekly, Node subDistrict)
    {
        ArgumentNullException.ThrowIfNull(weekly);
        ArgumentNullException.ThrowIfNull(subDistrict);
        var choices = weekly.Rows.OrderBy(r => Core.Common.NameKey.Of(r.EstateName), StringComparer.Ordinal)
            .Select(r => (Id: r.EstateId, Name: r.EstateName)).ToList();
        return new(subDistrict.Id, subDistrict.Path, Permissions.CanSubmitReturns, weekly.Status != ReturnStatus.Accepted, choices);
    }

    public async Task<AttachmentTarget?> ResolveAsync(AttachmentOwnerKind kind, long ownerId, long? estateId = null)
    {
        switch (kind)
        {
            case AttachmentOwnerKind.Estate:
            case AttachmentOwnerKind.Consultation:
            case AttachmentOwnerKind.CommitteeFiling:
                if (await estates.GetByIdAsync(ownerId) is not { IsRetired: false } estate)
                    return null;
                Func<Role, bool> may = kind == AttachmentOwnerKind.Estate ? Permissions.CanEditEstates : Permissions.CanEditCommittees;
                return new(estate.Id, estate.Path, may, true, []);

            case AttachmentOwnerKind.ReturnRow:
                if (await returns.GetByIdAsync(ownerId) is not { } weekly)
                    return null;
                if (await nodes.GetByIdAsync(weekly.SubDistrictId) is not { } subDistrict)
                    return null;
                var whole = OfReturn(weekly, subDistrict);
                if (estateId is null)
                    return whole;
                if (!whole.Choices.Any(c => c.Id == estateId) || await estates.GetByIdAsync(estateId.Value) is not { } rowEstate)
                    return null;
                return whole with { NodeId = rowEstate.Id, NodePath = rowEstate.Path };

            case AttachmentOwnerKind.LookBack:
                // Photos of an inspection, attached by those who record look-backs, in the estate's scope.
                if (await lookBacks.GetByIdAsync(ownerId) is not { } lookBack)
                    return null;
                return new(lookBack.EstateId, lookBack.Path, LookBacks.LookBackPermissions.CanRecord, true, []);

            case AttachmentOwnerKind.SupervisionAnswer:
                if (await orders.GetByIdAsync(ownerId) is not { } order || await nodes.GetByIdAsync(order.SubDistrictId) is not { } node)
                    return null;
                return new(node.Id, node.Path, MayAnswerOrders, order.IsOpen, []);

            case AttachmentOwnerKind.ServiceContract:
                // The signed contract, filed by those who keep the estate's contracts, in the estate's scope.
                if (await contracts.GetAsync(ownerId) is not { } contract)
                    return null;
                return new(contract.EstateId, contract.EstatePath, Enterprises.EnterprisePermissions.CanEditContracts, true, []);

            default:
                return null;
        }
    }
}
