using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;
using DistrictPortal.Core.Management;

namespace DistrictPortal.Web.Features.Contracts;

/// <summary>The contract form as posted; Core checks it (<see cref="ContractService"/>).</summary>
public sealed class ContractForm
{
    public long? EnterpriseId { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public decimal? FeePerSquareMetre { get; set; }
    public ServiceLevel? Level { get; set; }
    public DateOnly? SignedOn { get; set; }

    public ContractInput ToInput() => new(EnterpriseId, StartDate, EndDate, FeePerSquareMetre, Level, SignedOn);
}

public sealed record ContractPageViewModel(
    Estate Estate,
    IReadOnlyList<ServiceContract> Contracts,
    ServiceContract? Current,
    IReadOnlyList<ManagementFlag> Flags,
    ManagingBody? Body,
    OwnersCommittee? Committee,
    Trusteeship? Trusteeship,
    IReadOnlyList<Enterprise> Enterprises,
    IReadOnlyList<Node> Communities,
    bool CanEdit,
    ContractForm Form,
    IReadOnlyList<string> Errors,
    DateOnly Today);
