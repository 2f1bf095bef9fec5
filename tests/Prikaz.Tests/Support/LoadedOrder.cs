using Prikaz.Loading;
using Prikaz.Model;

namespace Prikaz.Tests.Support;

/// <summary>The loading tests read order files: their model, typed.</summary>
internal static class LoadedOrder
{
    extension(LoadedDocument document)
    {
        /// <summary>The order file the document bound to; null when it did not load.</summary>
        public OrderFile? Value => (OrderFile?)document.Model;
    }
}
