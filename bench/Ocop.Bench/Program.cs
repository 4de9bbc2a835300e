using Ocop.Bench;

// Tools for bench/run.sh: fill a database with a generated national-size dataset, write the request
// lists wrk replays, read the scan counter back, time the search alone, and serve the "simple portal" ILIKE search to compare with.
return args switch
{
    ["seed", .. var rest] => await Dataset.SeedAsync(BenchOptions.Parse(rest)),
    ["lists", .. var rest] => await RequestLists.WriteAsync(BenchOptions.Parse(rest)),
    ["scans", .. var rest] => await Dataset.PrintScanTotalAsync(BenchOptions.Parse(rest)),
    ["naive-server", .. var rest] => await NaiveSearchServer.RunAsync(BenchOptions.Parse(rest)),
    ["search-cpu", .. var rest] => await SearchProfile.RunAsync(BenchOptions.Parse(rest)),
    ["import-list", .. var rest] => await ImportList.WriteAsync(BenchOptions.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage (engine: sqlite or postgres; connection: an ADO.NET connection string):
          seed          --engine E --connection C --products N [--producers M] [--seed S]
          lists         --engine E --connection C --out DIR
          scans         --engine E --connection C
          naive-server  --connection C --urls http://127.0.0.1:5098     (PostgreSQL only)
          search-cpu    --engine E --connection C --list search.txt [--rounds R] [--slowest K] [--dump FILE]
          import-list   --engine E --connection C --out LIST.xlsx [--rows N] [--province CODE] [--seed S]
        """);
    return 2;
}
