namespace DistrictPortal.Core.Common;

/// <summary>
/// What free text may hold (issue 14). A name or a label (a node, an estate, a user's display name, a committee member, a
/// campaign, an enterprise) is one line of visible text: control characters (C0, DEL, C1, so also the ESC of an ANSI
/// escape) and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069; U+202E makes "txt.exe" read
/// "exe.txt") are refused, naming the field. A name is refused rather than cleaned because it is what people search,
/// sort and tell apart by: the user who typed it should see and fix it, not find a different name stored. A narrative
/// (a return's progress and problems, a reason) keeps its line breaks and tabs and silently loses every other control
/// and override character: nothing in a paragraph depends on them and refusing a pasted report for an invisible
/// character would only cost the officer time.
/// </summary>
public static class TextRule
{
    /// <summary>The code of a refused name: the web layer says which field holds a character that is not allowed.</summary>
    public const string ControlCharacters = "ControlCharacters";

    /// <summary>True when <paramref name="text"/> is fit for a name or label (null and empty are, the required rule is separate).</summary>
    public static bool IsCleanName(string? text) => text is null || !text.Any(IsForbiddenInName);

    /// <summary>A "ControlCharacters" error for <paramref name="field"/> when <paramref name="text"/> is not a clean name, else null.</summary>
    public static ValidationError? CheckName(string field, string? text) =>
        IsCleanName(text) ? null : new ValidationError(field, ControlCharacters);

    /// <summary>Adds the error of <see cref="CheckName"/> to <paramref name="errors"/> when there is one.</summary>
    public static void CheckName(List<ValidationError> errors, string field, string? text)
    {
        if (CheckName(field, text) is { } error)
            errors.Add(error);
    }

    /// <summary>The narrative without control or override characters, line breaks and tabs kept; null stays null.</summary>
    public static string? CleanNarrative(string? text) =>
        text is null || !text.Any(IsForbiddenInNarrative) ? text : new string(text.Where(c => !IsForbiddenInNarrative(c)).ToArray());

    public static bool IsForbiddenInName(char c) => char.IsControl(c) || IsBidiControl(c);

    public static bool IsForbiddenInNarrative(char c) => c is not ('\r' or '\n' or '\t') && IsForbiddenInName(c);

    // Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
