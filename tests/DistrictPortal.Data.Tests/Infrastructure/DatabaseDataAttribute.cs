using System.Reflection;
using Xunit.Sdk;

namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>One row per database the contract suite knows, configured or not: the test takes the backend's name.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        TestBackends.All.Select(backend => new object[] { backend });
}
