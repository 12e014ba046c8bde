using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace DistrictPortal.Web.Infrastructure.Localization;

/// <summary>
/// The portal's words (<see cref="SharedResource"/>), each looked up once per culture and name and then kept: the
/// resource manager behind the default localizer takes a lock on every lookup, and with four requests at once a page of
/// several hundred lookups (a league or a return of a city) spent a visible share of its time waiting on it (issue 19's
/// profiles). The strings are the same as the default localizer's, formatted the same way (the current culture).
/// </summary>
public sealed class CachedSharedLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    /// <summary>Names come from the code, a few thousand at most; the bound keeps an unexpected caller from growing it for ever.</summary>
    public const int Capacity = 20_000;

    private readonly IStringLocalizer _inner = factory.Create(typeof(SharedResource));
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _strings = new();

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_strings.TryGetValue(key, out var kept))
                return kept;
            var found = _inner[name];
            if (_strings.Count < Capacity)
                _strings.TryAdd(key, found);
            return found;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            // As ResourceManagerStringLocalizer does: a missing name is formatted itself.
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _inner.GetAllStrings(includeParentCultures);
}
