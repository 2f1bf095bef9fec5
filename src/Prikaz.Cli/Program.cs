using System.Globalization;
using Prikaz.Cli;

// Help and parser messages come from System.CommandLine's Russian resources; set the UI culture
// explicitly so the tool speaks Russian whatever the machine's locale is.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = System.Text.Encoding.UTF8;

return PrikazApp.Run(args, Console.Out, Console.Error, TimeProvider.System, Console.OpenStandardInput, Console.OpenStandardOutput);
