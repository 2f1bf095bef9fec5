using Prikaz.Documents;
using Prikaz.Writers.Pdf.Drawing;
using Prikaz.Writers.Pdf.Fonts;
using Prikaz.Writers.Pdf.Layout;
using SkiaSharp;

namespace Prikaz.Writers.Pdf;

/// <summary>
/// Writes a <see cref="Document"/> as PDF: Prikaz's own layout engine measures and places everything
/// first, then Skia's PDF backend draws it with per-document font subsets. The bytes depend only on
/// the document: dates come from <see cref="DocumentProperties.Created"/>, never from the clock.
/// One writer may write several documents at once: each call has its own fonts and layout.
/// </summary>
public sealed class PdfWriter : IDocumentWriter, IGlyphCoverage, ITextMeasure
{
    private const double MillimetresPerPoint = 25.4 / 72;

    private readonly PdfWriterOptions options;
    private readonly Lazy<FontFiles> fontFiles;

    /// <summary>Creates a writer; the fonts are read from <see cref="PdfWriterOptions.FontFolder"/> on first use.</summary>
    public PdfWriter(PdfWriterOptions options)
    {
        this.options = options;
        fontFiles = new Lazy<FontFiles>(() => FontFiles.Load(options.FontFolder));
    }

    /// <inheritdoc />
    public string Format => "pdf";

    /// <summary>
    /// The font files of <see cref="PdfWriterOptions.FontFolder"/> the PDF embeds (subsets of): the four
    /// Liberation Serif faces and, when the folder has it, the fallback font.
    /// </summary>
    public IReadOnlyList<string> InputFiles
    {
        get
        {
            var faces = FontKey.All.Select(key => Path.Combine(options.FontFolder, key.FileName)).ToList();
            var fallback = Path.Combine(options.FontFolder, FontKey.FallbackFileName);
            return File.Exists(fallback) ? [.. faces, fallback] : faces;
        }
    }

    /// <summary>
    /// True when the PDF shows <paramref name="codePoint"/>: Liberation Serif has it, or the fallback font
    /// (<c>DejaVuSerif.ttf</c> in the font folder) has it and the layout can place it without shaping, or it
    /// is a zero-width format character the layout drops. Reads the fonts on first use.
    /// </summary>
    public bool CanDraw(int codePoint) => fontFiles.Value.CanDraw(codePoint);

    /// <summary>
    /// The width of <paramref name="text"/> on one line in Liberation Serif, in millimetres: what the PDF
    /// layout will take for it, and, Liberation Serif being metric-compatible with Times New Roman, what
    /// Word will. Reads the fonts on first use; thread-safe.
    /// </summary>
    public double WidthMm(string text, double sizePt, bool bold = false, bool italic = false) =>
        fontFiles.Value.Width(text, (float)sizePt, new FontKey(bold, italic)) * MillimetresPerPoint;

    /// <summary>
    /// Reads the fonts and loads the native Skia and HarfBuzz libraries by writing a blank page to
    /// nowhere. A program calls it on another thread while it checks the roadmap, so the first real
    /// document does not wait for them; calling it is never required.
    /// </summary>
    public void Preload()
    {
        var blank = new Document(
            new DocumentProperties(string.Empty, string.Empty, string.Empty, "ru-RU", new DateOnly(2000, 1, 1)),
            StyleSheet.Default,
            [new PageSection(PageSize.A4, PageOrientation.Portrait, PageMargins.Standard, PageNumbers.None, false,
                [new Paragraph(StyleIds.Normal, [new TextRun("1")])])]);
        Write(blank, Stream.Null);
    }

    /// <summary>Writes the document; the page count is that of the layout drawn.</summary>
    public WrittenDocument Write(Document document, Stream output)
    {
        IReadOnlyList<FontKey> whole = [];
        using var fonts = options.SubsetFonts
            ? fontFiles.Value.Subset(DocumentCharacters.Of(document), out whole)
            : fontFiles.Value.Whole();
        foreach (var face in whole)
        {
            options.Notice?.Invoke($"Шрифт {face.FileName} не удалось сократить до используемых символов; он встроен в PDF целиком.");
        }

        var pages = new DocumentLayout(fonts).Lay(document);
        using var buffer = new MemoryStream();
        PageDrawing.Draw(pages, fonts, Metadata(document.Properties), buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        PdfDates.PinOffsets(bytes);
        if (options.FileIdentifier is { } identifier)
        {
            var identified = PdfFileIdentifier.Insert(bytes, identifier.Span);
            output.Write(identified);
            return new WrittenDocument(identified.Length, pages.Count);
        }

        output.Write(bytes);
        return new WrittenDocument(bytes.Length, pages.Count);
    }

    private static SKDocumentPdfMetadata Metadata(DocumentProperties properties)
    {
        // Midnight of the order's date. Skia appends the machine's UTC offset to it; PdfDates pins that
        // offset afterwards. PDF/A stays off: it would add an /ID made from the time of writing.
        var date = properties.Created.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return new SKDocumentPdfMetadata
        {
            Title = properties.Title,
            Author = properties.Author,
            Subject = properties.Subject,
            Creator = "Prikaz",
            Producer = "Prikaz",
            Creation = date,
            Modified = date,
            RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
            EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
            PdfA = false,
        };
    }
}
