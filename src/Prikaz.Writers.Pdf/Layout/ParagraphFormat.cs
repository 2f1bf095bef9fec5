using Prikaz.Documents;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>Paragraph-level settings resolved from a style, in points.</summary>
internal sealed record ParagraphFormat(
    Alignment Alignment,
    float FirstLineIndent,
    float SpaceBefore,
    float SpaceAfter,
    float LineSpacing,
    bool KeepWithNext,
    float RightIndent = 0);
