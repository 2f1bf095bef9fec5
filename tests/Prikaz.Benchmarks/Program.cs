using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Prikaz.Benchmarks.RoadmapToPdf).Assembly).Run(args);
