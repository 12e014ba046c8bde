using DistrictPortal.Core.Enterprises;
using DistrictPortal.Core.Management;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[ServiceContract_*], [dbo].[ManagingBody_*], [dbo].[ManagingBodyMember_*] and [dbo].[Trusteeship_*]
// procedure; the properties are its parameters.

[StoredProcedure("ServiceContract_Create")]
internal sealed record ServiceContractCreate(
    long EstateId, long EnterpriseId, DateOnly StartDate, DateOnly EndDate, decimal FeePerSquareMetre, ServiceLevel Level, DateOnly SignedOn,
    DateTime CreatedUtc, string CreatedByName) : IQuery<long>
{
    public static ServiceContractCreate From(ServiceContract c) =>
        new(c.EstateId, c.EnterpriseId, c.StartDate, c.EndDate, c.FeePerSquareMetre, c.Level, c.SignedOn, c.CreatedUtc, c.CreatedByName);
}

[StoredProcedure("ServiceContract_ReadById")]
internal sealed record ServiceContractReadById(long Id) : IQuery<ServiceContract>;

[StoredProcedure("ServiceContract_ReadByEstateId")]
internal sealed record ServiceContractReadByEstateId(long EstateId) : IQuery<ServiceContract>;

[StoredProcedure("ServiceContract_ReadByEnterpriseId")]
internal sealed record ServiceContractReadByEnterpriseId(long EnterpriseId, string ScopePath) : IQuery<ServiceContract>;

[StoredProcedure("ServiceContract_ReadByScopePath")]
internal sealed record ServiceContractReadByScopePath(string ScopePath) : IQuery<ServiceContract>;

[StoredProcedure("ServiceContract_UpdateEnd")]
internal sealed record ServiceContractUpdateEnd(long Id, DateOnly? EndedOn, long Version) : ICommand;

[StoredProcedure("ManagingBody_ReadByEstateId")]
internal sealed record ManagingBodyReadByEstateId(long EstateId) : IQuery<ManagingBody>;

[StoredProcedure("ManagingBody_Create")]
internal sealed record ManagingBodyCreate(long EstateId, ManagingBodyKind Kind, DateOnly SinceDate, DateTime RecordedUtc, string RecordedByName) : ICommand;

[StoredProcedure("ManagingBody_Update")]
internal sealed record ManagingBodyUpdate(long EstateId, ManagingBodyKind Kind, DateOnly SinceDate, DateTime RecordedUtc, string RecordedByName, long Version) : ICommand;

[StoredProcedure("ManagingBodyMember_ReadByEstateId")]
internal sealed record ManagingBodyMemberReadByEstateId(long EstateId) : IQuery<BodyMember>;

[StoredProcedure("ManagingBodyMember_Create")]
internal sealed record ManagingBodyMemberCreate(long EstateId, int Position, string Name, string Role) : ICommand;

[StoredProcedure("Trusteeship_ReadByEstateId")]
internal sealed record TrusteeshipReadByEstateId(long EstateId) : IQuery<Trusteeship>;

[StoredProcedure("Trusteeship_Create")]
internal sealed record TrusteeshipCreate(
    long EstateId, long CommunityId, TrusteeshipServices Services, DateOnly SinceDate, string? Funding, DateTime RecordedUtc, string RecordedByName) : ICommand;

[StoredProcedure("Trusteeship_Update")]
internal sealed record TrusteeshipUpdate(
    long EstateId, long CommunityId, TrusteeshipServices Services, DateOnly SinceDate, string? Funding, DateTime RecordedUtc, string RecordedByName,
    long Version) : ICommand;
