namespace Prikaz.Amendments;

/// <summary>A revision that could not be read; the message is Russian and says what to do.</summary>
public sealed class GitRevisionException(string message) : Exception(message);
