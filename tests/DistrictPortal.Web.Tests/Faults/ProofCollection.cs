using DistrictPortal.Web.Tests.Returns;

namespace DistrictPortal.Web.Tests.Faults;

/// <summary>
/// A <see cref="ReturnsWorld"/> of its own (Friday 16:30, its own database) for the fault and literal-text tests: they
/// file, send back and race on returns, which the returns collection's tests read for their own sub-districts.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ProofCollection : ICollectionFixture<ReturnsWorld>
{
    public const string Name = "proof";
}
