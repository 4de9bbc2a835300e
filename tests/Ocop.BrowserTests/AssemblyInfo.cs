// One Chromium journey at a time: on a 2-core machine, journeys in parallel (next to the
// integration tests, which `dotnet test` runs at the same time) starve each other into timeouts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
