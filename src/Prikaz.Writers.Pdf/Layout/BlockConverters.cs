using Prikaz.Documents;
using Prikaz.Writers.Pdf.Fonts;

namespace Prikaz.Writers.Pdf.Layout;

/// <summary>
/// Turns each kind of <see cref="Block"/> into a measured <see cref="FlowBlock"/> for one content
/// width and page height. The table is keyed by type so a test can check that every block kind has a converter.
/// </summary>
internal sealed class BlockConverters(FontSet fonts, ParagraphStyler styler, LineBreaker breaker, float contentWidth, float contentHeight)
{
    private static readonly float FramePadding = Units.Mm(2);
    private static readonly float SignatureGap = Units.Mm(3);

    public static IReadOnlyDictionary<Type, Func<BlockConverters, Block, FlowBlock>> ByKind { get; } =
        new Dictionary<Type, Func<BlockConverters, Block, FlowBlock>>
        {
            [typeof(Paragraph)] = (c, b) => c.Text(c.styler.Paragraph((Paragraph)b)),
            [typeof(NumberedPoint)] = (c, b) => c.Text(c.styler.NumberedPoint((NumberedPoint)b)),
            [typeof(Table)] = (c, b) => c.TableFlow((Table)b),
            [typeof(ApprovalStamp)] = (c, b) => c.Stamp((ApprovalStamp)b),
            [typeof(SignatureBlock)] = (c, b) => c.Signature((SignatureBlock)b),
            [typeof(ElectronicSignatureMark)] = (c, b) => c.StandaloneMark((ElectronicSignatureMark)b),
            [typeof(ExecutorMark)] = (c, b) => c.Executor((ExecutorMark)b),
            [typeof(DistributionList)] = (c, b) => new ParagraphFlow(c.DistributionLines((DistributionList)b)),
            [typeof(Image)] = (c, b) => c.Picture((Image)b),
            [typeof(QrCode)] = (c, b) => c.QrCodeFlow((QrCode)b),
            [typeof(PageBreak)] = (_, _) => new PageBreakFlow(),
        };

    public FlowBlock Convert(Block block) =>
        ByKind.TryGetValue(block.GetType(), out var convert)
            ? convert(this, block)
            : throw new NotSupportedException($"The PDF writer has no layout for {block.GetType().Name}.");

    private readonly ParagraphStyler styler = styler;

    private ParagraphFlow Text(StyledParagraph paragraph) => new(breaker.Break(paragraph, contentWidth));

    private TableFlow TableFlow(Table table) => new(table, styler, breaker, contentWidth, contentHeight);

    private BottomFlow Executor(ExecutorMark mark) =>
        new(breaker.Break(styler.Lines(StyleIds.Executor, mark.Lines, Alignment.Left), contentWidth));

    public ParagraphLines DistributionLines(DistributionList list) =>
        breaker.Break(styler.Lines(StyleIds.Distribution, [list.Text], Alignment.Left), contentWidth);

    private BoxFlow Stamp(ApprovalStamp stamp)
    {
        var width = Math.Min(Units.Mm(stamp.WidthMm), contentWidth);
        var box = new Box();
        var y = 0f;
        for (var i = 0; i < stamp.Lines.Count; i++)
        {
            var line = stamp.Lines[i];
            var lines = breaker.Break(styler.Paragraph(line.Style, line.Inlines, line.Alignment ?? Alignment.Left, firstLineIndent: false), width);
            y = box.AddLines(lines.Lines, contentWidth - width, y + (i > 0 ? lines.Format.SpaceBefore : 0));
        }

        var after = stamp.Lines.Count == 0 ? 0 : (float)styler.Style(stamp.Lines[^1].Style).SpaceAfterPt;
        return new BoxFlow(box, spaceAfter: Math.Max(after, Units.Mm(5)));
    }

    /// <summary>
    /// Position at the left, name at the right border on the level of the position's last line; an
    /// e-signature mark sits between them, its middle on that line, so it overlaps neither.
    /// </summary>
    private BoxFlow Signature(SignatureBlock signature)
    {
        var style = styler.Style(StyleIds.Signature);
        var nameStyle = ParagraphStyler.TextStyle(style);
        var nameWidth = fonts.Measure(signature.Name, nameStyle);
        var nameX = contentWidth - nameWidth;
        var box = new Box();
        var mark = signature.ElectronicSignature is { } esign ? MarkBox(esign) : null;
        var markWidth = Units.Mm(ElectronicSignatureMark.WidthMm);

        // The position keeps the author's lines when they fit beside the name (and the mark).
        var natural = signature.PositionLines.Select(line => fonts.Measure(line, nameStyle)).DefaultIfEmpty(0).Max();
        var positionWidth = Math.Min(natural + 0.5f, nameX - SignatureGap);
        var markBeside = mark is not null && nameX - positionWidth - (2 * SignatureGap) >= markWidth;
        if (mark is not null && !markBeside && nameX - markWidth - (2 * SignatureGap) >= Units.Mm(40))
        {
            positionWidth = nameX - markWidth - (2 * SignatureGap);
            markBeside = true;
        }

        var position = breaker.Break(styler.Lines(StyleIds.Signature, signature.PositionLines, Alignment.Left), positionWidth);
        var positionHeight = position.LinesHeight;
        var lastLine = position.Lines[^1];
        var positionTop = 0f;
        if (mark is not null && markBeside)
        {
            positionTop = Math.Max(0, (mark.Height / 2) - positionHeight + (lastLine.Height / 2));
            var positionRight = position.Lines.Max(line => line.Right);
            var markX = positionRight + ((nameX - positionRight - markWidth) / 2);
            AddBox(box, mark, markX, 0);
        }

        box.AddLines(position.Lines, 0, positionTop);
        var baseline = positionTop + positionHeight - lastLine.Height + lastLine.Baseline;
        box.Add(new PageItem.Text(nameX, baseline, signature.Name, nameStyle), positionTop + positionHeight);
        if (mark is not null && !markBeside)
        {
            AddBox(box, mark, (contentWidth - markWidth) / 2, box.Height + SignatureGap);
        }

        return new BoxFlow(box, (float)style.SpaceBeforePt, (float)style.SpaceAfterPt);
    }

    private BoxFlow StandaloneMark(ElectronicSignatureMark mark)
    {
        var box = new Box();
        AddBox(box, MarkBox(mark), (contentWidth - Units.Mm(ElectronicSignatureMark.WidthMm)) / 2, 0);
        return new BoxFlow(box);
    }

    /// <summary>The framed mark: heading in bold, then certificate, owner and validity, centred in a 70 × 27 mm frame.</summary>
    private Box MarkBox(ElectronicSignatureMark mark)
    {
        var width = Units.Mm(ElectronicSignatureMark.WidthMm);
        var inner = width - (2 * FramePadding);
        var heading = breaker.Break(styler.Lines(StyleIds.ElectronicSignature, [ElectronicSignatureMark.Heading], bold: true), inner);
        var details = breaker.Break(styler.Lines(StyleIds.ElectronicSignature, mark.DetailLines), inner);
        var textHeight = heading.LinesHeight + details.LinesHeight;
        var height = Math.Max(Units.Mm(ElectronicSignatureMark.HeightMm), textHeight + (2 * FramePadding));
        var box = new Box();
        var y = box.AddLines(heading.Lines, FramePadding, (height - textHeight) / 2);
        box.AddLines(details.Lines, FramePadding, y);
        box.Add(new PageItem.Frame(0, 0, width, height, 0.75f), height);
        return box;
    }

    private static void AddBox(Box target, Box source, float x, float y)
    {
        foreach (var item in source.Items)
        {
            target.Add(item.Moved(x, y), y + source.Height);
        }
    }

    private BoxFlow Picture(Image image)
    {
        var width = Math.Min(Units.Mm(image.WidthMm), contentWidth);
        var height = Units.Mm(image.HeightMm) * (width / Units.Mm(image.WidthMm));
        var x = image.Alignment switch
        {
            Alignment.Center => (contentWidth - width) / 2,
            Alignment.Right => contentWidth - width,
            _ => 0,
        };
        var box = new Box();
        box.Add(new PageItem.Picture(x, 0, width, height, image.Png), height);
        return new BoxFlow(box);
    }

    /// <summary>
    /// The code as vector squares, one rectangle per horizontal run of dark modules (quiet zone
    /// included); a code the pipeline did not encode is printed as its content in small text.
    /// </summary>
    private FlowBlock QrCodeFlow(QrCode code)
    {
        if (code.Modules is not { } matrix)
        {
            return Text(styler.Lines(StyleIds.Executor, [code.Content], Alignment.Right));
        }

        var size = Units.Mm(code.SizeMm);
        var module = size / matrix.Size;
        var squares = new List<(float, float, float, float)>();
        for (var row = 0; row < matrix.Size; row++)
        {
            foreach (var (column, length) in matrix.DarkRuns(row))
            {
                squares.Add((column * module, row * module, length * module, module));
            }
        }

        return new QrFlow(new PageItem.Squares(squares), size);
    }
}
