namespace Prikaz.Amendments;

/// <summary>Writes a change list in one output format of <c>prikaz diff</c> (text, markdown, json).</summary>
public interface IChangeReport
{
    /// <summary>The value of <c>--format</c> that selects this report.</summary>
    string Format { get; }

    void Write(ChangeDiff diff, TextWriter output);
}
