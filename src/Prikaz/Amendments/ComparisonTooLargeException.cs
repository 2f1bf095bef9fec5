using System.Globalization;

namespace Prikaz.Amendments;

/// <summary>A group of units too large to align; the message says so in Russian for the clerk.</summary>
public sealed class ComparisonTooLargeException(int oldCount, int newCount)
    : Exception(string.Create(CultureInfo.InvariantCulture,
        $"слишком много единиц для сопоставления: {oldCount} в прежней редакции и {newCount} в новой в одном разделе; так много мероприятий в одном разделе не бывает"));
