using Qingdan.Graph.Cli;

return await QingdanCli.RunAsync(args, Console.Out, Console.Error);

/// <summary>The entry point; partial so that test hosts can reference it.</summary>
public partial class Program;
