namespace Prikaz.Import;

/// <summary>
/// The input cannot be imported (not a DOCX, encrypted, truncated, too large, no order in it). The
/// message is Russian and complete, for the clerk; <see cref="IsUsageProblem"/> tells the CLI which exit
/// code to give (2 for a file that is not what it claims, 1 for a document without what an order needs).
/// </summary>
public sealed class ImportException(string message, bool isUsageProblem = true) : Exception(message)
{
    public bool IsUsageProblem { get; } = isUsageProblem;
}
