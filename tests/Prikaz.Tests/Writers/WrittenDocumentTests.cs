using Prikaz.Cli;
using Prikaz.Documents;
using Prikaz.Templating;
using Prikaz.Tests.Pdf;
using Prikaz.Tests.Render;

namespace Prikaz.Tests.Writers;

/// <summary>
/// What each writer says it wrote: the length of what reached the stream and, for PDF, the page count
/// of its own layout, which must be the number of pages a PDF reader finds in the file.
/// </summary>
public sealed class WrittenDocumentTests
{
    private static readonly DocumentWriters Registry = Prikaz.Cli.Writers.For(new TemplateFolder(Seeds.Templates));

    public static TheoryData<string> Formats() => new(Registry.Formats);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Bytes_are_the_length_written_and_pages_are_known_only_for_pdf(string format)
    {
        var writer = Registry.Get(format);
        using var output = new MemoryStream();
        var written = writer.Write(SampleDocuments.Order(electronicSignature: true), output);

        Assert.Equal(output.Length, written.Bytes);
        if (format == "pdf")
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(output.ToArray());
            Assert.Equal(pdf.NumberOfPages, written.Pages);
        }
        else
        {
            Assert.Null(written.Pages);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds.All), MemberType = typeof(Seeds))]
    public void The_pdf_page_count_of_every_seed_is_the_number_of_pages_in_the_file(string seed)
    {
        using var output = new MemoryStream();
        var written = SampleDocuments.Writer().Write(Seeds.Get(seed).Rendered.Document!, output);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(output.ToArray());
        Assert.True(pdf.NumberOfPages > 1, $"{seed}: {pdf.NumberOfPages} pages");
        Assert.Equal(pdf.NumberOfPages, written.Pages);
    }

    [Fact]
    public void A_docx_written_into_a_stream_that_cannot_seek_has_the_same_bytes()
    {
        var document = SampleDocuments.Order(electronicSignature: false);
        using var seekable = new MemoryStream();
        new Prikaz.Writers.Docx.DocxWriter().Write(document, seekable);
        using var pipe = new ForwardOnlyStream();
        new Prikaz.Writers.Docx.DocxWriter().Write(document, pipe);

        Assert.Equal(seekable.ToArray(), pipe.Written.ToArray());
    }

    [Fact]
    public void Only_the_pdf_writer_names_input_files_and_they_are_every_font_it_embeds()
    {
        Assert.All(Registry.Formats.Where(f => f != "pdf"), format => Assert.Empty(Registry.Get(format).InputFiles));
        var fonts = Registry.Get("pdf").InputFiles;
        var shipped = Directory.GetFiles(Path.Combine(Seeds.Templates, "fonts"), "*.ttf");
        Assert.Equal(shipped.Select(Path.GetFullPath).Order(StringComparer.Ordinal), fonts.Select(Path.GetFullPath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Preloading_changes_nothing_a_writer_writes()
    {
        var document = SampleDocuments.Order(electronicSignature: true);
        foreach (var format in Registry.Formats)
        {
            var cold = Prikaz.Cli.Writers.For(new TemplateFolder(Seeds.Templates)).Get(format);
            using var before = new MemoryStream();
            cold.Write(document, before);
            var warm = Prikaz.Cli.Writers.For(new TemplateFolder(Seeds.Templates)).Get(format);
            warm.Preload();
            using var after = new MemoryStream();
            warm.Write(document, after);
            Assert.True(before.ToArray().AsSpan().SequenceEqual(after.ToArray()), format);
        }
    }

    /// <summary>A stream like a pipe: it can only be written to, in order.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            Written.Dispose();
            base.Dispose(disposing);
        }
    }
}
