using DistrictPortal.Core.Common;

namespace DistrictPortal.Data.Tests.Infrastructure;

public static class ErrorKeys
{
    /// <summary>"Field:Code", what a refusal is compared by.</summary>
    public static string ToKey(this ValidationError e) => $"{e.Field}:{e.Code}";
}
