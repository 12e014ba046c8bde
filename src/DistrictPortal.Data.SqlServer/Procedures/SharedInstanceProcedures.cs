namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[SignInFailure_*], [dbo].[ScheduledRun_*] and [dbo].[ImportConfirmation_*] procedure; the properties are its parameters.

[StoredProcedure("SignInFailure_Create")]
internal sealed record SignInFailureCreate(string Address, DateTime FailedUtc, DateTime ForgetBeforeUtc) : ICommand;

[StoredProcedure("SignInFailure_ReadByAddress")]
internal sealed record SignInFailureReadByAddress(string Address, DateTime SinceUtc) : IQuery<DateTime>;

[StoredProcedure("ScheduledRun_Create")]
internal sealed record ScheduledRunCreate(string JobId, DateTime SlotUtc, string Holder, DateTime ClaimedUtc, DateTime ForgetBeforeUtc) : IQuery<int>;

[StoredProcedure("ScheduledRun_DeleteById")]
internal sealed record ScheduledRunDeleteById(string JobId, DateTime SlotUtc, string Holder) : ICommand;

[StoredProcedure("ImportConfirmation_Create")]
internal sealed record ImportConfirmationCreate(string ConfirmationKey, DateTime ConfirmedUtc, DateTime ForgetBeforeUtc) : IQuery<int>;

[StoredProcedure("ImportConfirmation_ReadById")]
internal sealed record ImportConfirmationReadById(string ConfirmationKey) : IQuery<int>;
