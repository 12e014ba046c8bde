using Xunit.Abstractions;
using Xunit.Sdk;

namespace DistrictPortal.Data.Tests.Infrastructure;

/// <summary>
/// A theory whose rows are databases (see <see cref="DatabaseDataAttribute"/>). A row for a database that is
/// not configured is reported as skipped, with the reason, instead of quietly missing from the run: xunit 2
/// cannot skip from inside a running test, so the decision is taken here, at discovery.
/// </summary>
[XunitTestCaseDiscoverer("DistrictPortal.Data.Tests.Infrastructure.DatabaseTheoryDiscoverer", "DistrictPortal.Data.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : TheoryAttribute;

public sealed class DatabaseTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow)
    {
        var skipReason = dataRow is [string backend, ..] ? TestBackends.SkipReason(backend) : null;
        return skipReason is null
            ? base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow)
            : [new SkippedDatabaseRowTestCase(
                DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod, skipReason, dataRow)];
    }
}

/// <summary>
/// A skipped row that carries its reason in its name, because <c>dotnet test</c> prints skipped tests' names
/// but shows reasons only at detailed verbosity: "Foo(database: "SqlServer") [skipped: DISTRICTPORTAL_SQLSERVER not set]".
/// </summary>
public sealed class SkippedDatabaseRowTestCase : XunitSkippedDataRowTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedDatabaseRowTestCase()
    {
    }

    public SkippedDatabaseRowTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod, string skipReason, object[] testMethodArguments)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, skipReason, testMethodArguments)
    {
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        $"{base.GetDisplayName(factAttribute, displayName)} [skipped: {GetSkipReason(factAttribute)}]";
}
