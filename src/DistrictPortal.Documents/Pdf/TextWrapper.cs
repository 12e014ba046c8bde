using System.Text;

namespace DistrictPortal.Documents.Pdf;

/// <summary>
/// Line breaking for mixed Chinese and Latin text by measuring, because PDFsharp's XTextFormatter only breaks at
/// spaces and Chinese has none. Rules, kept minimal on purpose:
/// a line may break between any two CJK characters; a run of Latin letters, digits and their punctuation
/// ("P11", "66.7%", "2026-11-27", "1,234") is one unit that never splits; spaces are break points and vanish at a
/// break; closing punctuation (，。、；：！？）」》 and the like) never starts a line, it stays with what precedes it;
/// opening punctuation (（「《 …) never ends a line, it stays with what follows. Only a single unit wider than the
/// whole line is cut, character by character, as a last resort.
/// </summary>
public static class TextWrapper
{
    /// <summary>Characters that must not begin a line (避头).</summary>
    public const string NoLineStart = "，。、；：！？）」》』】〕〉〗”’…‰％,.;:!?)]}%";

    /// <summary>Characters that must not end a line (避尾).</summary>
    public const string NoLineEnd = "（「《『【〔〈〖“‘([{";

    /// <param name="measure">Width of a string in the units of <paramref name="maxWidth"/>; assumed additive (no kerning across units).</param>
    /// <returns>At least one line; hard line breaks in the text are kept; an empty source line stays an empty line.</returns>
    public static IReadOnlyList<string> Wrap(string? text, double maxWidth, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        foreach (var sourceLine in (text ?? "").ReplaceLineEndings("\n").Split('\n'))
            WrapLine(sourceLine, maxWidth, measure, lines);
        return lines;
    }

    private static void WrapLine(string text, double maxWidth, Func<string, double> measure, List<string> lines)
    {
        const double tolerance = 0.001;
        var line = new StringBuilder();
        var width = 0d;
        var pendingSpace = "";
        var emitted = false;

        foreach (var piece in Pieces(text))
        {
            if (piece.IsSpace)
            {
                // Spaces at the start of a wrapped line are dropped; kept between units.
                if (line.Length > 0)
                    pendingSpace += piece.Text;
                continue;
            }
            var pieceWidth = measure(piece.Text);
            var spaceWidth = pendingSpace.Length > 0 ? measure(pendingSpace) : 0;
            if (line.Length > 0 && width + spaceWidth + pieceWidth <= maxWidth + tolerance)
            {
                line.Append(pendingSpace).Append(piece.Text);
                width += spaceWidth + pieceWidth;
                pendingSpace = "";
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                emitted = true;
                line.Clear();
                width = 0;
            }
            pendingSpace = "";
            if (pieceWidth <= maxWidth + tolerance)
            {
                line.Append(piece.Text);
                width = pieceWidth;
                continue;
            }
            // A single unit wider than the whole line: cut it, the only place a word or number is ever split.
            foreach (var chunk in Cut(piece.Text, maxWidth, measure))
            {
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    emitted = true;
                }
                line.Clear().Append(chunk);
                width = measure(chunk);
            }
        }
        if (line.Length > 0 || !emitted)
            lines.Add(line.ToString());
    }

    private static IEnumerable<string> Cut(string text, double maxWidth, Func<string, double> measure)
    {
        var chunk = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var next = chunk.ToString() + rune;
            if (chunk.Length > 0 && measure(next) > maxWidth)
            {
                yield return chunk.ToString();
                chunk.Clear();
            }
            chunk.Append(rune.ToString());
        }
        if (chunk.Length > 0)
            yield return chunk.ToString();
    }

    internal readonly record struct Piece(string Text, bool IsSpace);

    private enum Kind { None, Space, Word, Cjk, Opening }

    /// <summary>Splits text into unbreakable units and runs of spaces; a line may break before any unit.</summary>
    internal static IEnumerable<Piece> Pieces(string text)
    {
        var current = new StringBuilder();
        var kind = Kind.None;
        var pieces = new List<Piece>();

        void Flush()
        {
            if (current.Length > 0)
                pieces.Add(new Piece(current.ToString(), kind == Kind.Space));
            current.Clear();
            kind = Kind.None;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            if (Rune.IsWhiteSpace(rune))
            {
                if (kind != Kind.Space)
                    Flush();
                current.Append(s);
                kind = Kind.Space;
            }
            else if (NoLineStart.Contains(s, StringComparison.Ordinal))
            {
                if (kind is Kind.Word or Kind.Cjk or Kind.Opening)
                {
                    current.Append(s);
                }
                else if (kind == Kind.Space && pieces.Count > 0)
                {
                    // "word ，": the punctuation takes the space with it back onto the previous unit.
                    var previous = pieces[^1];
                    pieces[^1] = new Piece(previous.Text + current + s, false);
                    current.Clear();
                    kind = Kind.None;
                }
                else
                {
                    Flush();
                    current.Append(s);
                    kind = Kind.Word;
                }
            }
            else if (NoLineEnd.Contains(s, StringComparison.Ordinal))
            {
                if (kind != Kind.Opening)
                    Flush();
                current.Append(s);
                kind = Kind.Opening;
            }
            else if (IsCjk(rune))
            {
                if (kind != Kind.Opening)
                    Flush();
                current.Append(s);
                kind = Kind.Cjk;
            }
            else
            {
                if (kind is not (Kind.Word or Kind.Opening))
                    Flush();
                current.Append(s);
                kind = Kind.Word;
            }
        }
        Flush();
        return pieces;
    }

    /// <summary>Ideographs, kana, hangul, CJK symbols and full-width forms: each may stand alone on either side of a break.</summary>
    public static bool IsCjk(Rune rune)
    {
        var c = rune.Value;
        return c is >= 0x2E80 and <= 0x2FDF      // radicals
            or >= 0x3000 and <= 0x303F           // CJK symbols and punctuation
            or >= 0x3040 and <= 0x33FF           // kana, bopomofo, hangul compatibility, enclosed CJK
            or >= 0x3400 and <= 0x4DBF           // extension A
            or >= 0x4E00 and <= 0x9FFF           // unified ideographs
            or >= 0xAC00 and <= 0xD7AF           // hangul syllables
            or >= 0xF900 and <= 0xFAFF           // compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F           // compatibility forms
            or >= 0xFF00 and <= 0xFFEF           // full-width and half-width forms
            or >= 0x20000 and <= 0x3FFFF;        // supplementary ideographs
    }
}
