namespace Prikaz.Amendments;

/// <summary>A change that cannot be applied to the edition it names; the message says why, in Russian.</summary>
public sealed class ChangeNotApplicableException(Change change, string reason)
    : Exception($"изменение ({ChangeWording.Target(change)}) нельзя применить: {reason}")
{
    public Change Change { get; } = change;
}
