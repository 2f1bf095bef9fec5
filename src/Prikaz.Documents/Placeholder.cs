namespace Prikaz.Documents; internal static class Placeholder {}
