namespace DistrictPortal.Core.Auditing;

/// <summary>Who is making a change and when (UTC). Every write takes one so that it can be audited.</summary>
public sealed record ChangeContext(long UserId, string UserName, DateTime AtUtc);
