namespace DistrictPortal.Core.Common;

/// <summary>
/// What a Core workflow answers: done, or refused with the broken rules (codes and their arguments, never sentences).
/// The web layer turns each code into words once, from its resources. A refused workflow has written nothing.
/// </summary>
public sealed record DomainResult(IReadOnlyList<ValidationError> Errors)
{
    public static readonly DomainResult Ok = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static DomainResult Refuse(string field, string code, params object[] args) => new([new ValidationError(field, code, args)]);

    public static DomainResult From(IEnumerable<ValidationError> errors) => new(errors.ToList());
}

/// <summary>A workflow's answer that carries what it made (an id, the saved entity) when it succeeded.</summary>
public sealed record DomainResult<T>(T? Value, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static DomainResult<T> Done(T value) => new(value, []);

    public static DomainResult<T> Refuse(string field, string code, params object[] args) => new(default, [new ValidationError(field, code, args)]);

    public static DomainResult<T> From(IEnumerable<ValidationError> errors) => new(default, errors.ToList());
}
