namespace Prikaz.Writers.Pdf; internal static class Probe { }
