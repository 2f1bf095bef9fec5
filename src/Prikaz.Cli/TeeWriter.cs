using System.Text;

namespace Prikaz.Cli;

/// <summary>Writes everything to <paramref name="primary"/> and a copy to <paramref name="copy"/>, as tee(1) does.</summary>
internal sealed class TeeWriter(TextWriter primary, TextWriter copy) : TextWriter
{
    public override Encoding Encoding => primary.Encoding;

    public override void Write(char value)
    {
        primary.Write(value);
        copy.Write(value);
    }

    public override void Write(string? value)
    {
        primary.Write(value);
        copy.Write(value);
    }

    public override void Flush()
    {
        primary.Flush();
        copy.Flush();
    }
}
