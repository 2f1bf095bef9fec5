namespace Prikaz.Preview;

/// <summary>The preview cannot start: the port is taken, the git revision has no such file … The message is Russian, for the user.</summary>
public sealed class PreviewStartException(string message, Exception? inner = null) : Exception(message, inner);
