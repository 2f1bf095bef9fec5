using System.Text;
using Prikaz.Publishing;

namespace Prikaz.Tests.Build;

public sealed class PageCountTests
{
    [Fact]
    public void Counts_the_page_objects_of_a_pdf_but_not_the_page_tree()
    {
        var pdf = Encoding.ASCII.GetBytes(
            "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
            "2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >> endobj\n" +
            "3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n4 0 obj <</Type/Page/Parent 2 0 R>> endobj\n" +
            "5 0 obj << /Type\n/Page >> endobj\n6 0 obj << /Type /PageLabel >> endobj\n%%EOF\n");

        Assert.Equal(3, PageCount.Of("pdf", pdf));
    }

    [Fact]
    public void Is_unknown_where_the_file_does_not_fix_it() =>
        Assert.All(new[] { ("docx", "PK"), ("html", "<html></html>"), ("pdf", "%PDF-1.7 compressed object streams") },
            sample => Assert.Null(PageCount.Of(sample.Item1, Encoding.ASCII.GetBytes(sample.Item2))));
}
