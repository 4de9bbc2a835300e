global using Ocop.Tests.Infrastructure;
global using Shouldly;
global using Xunit;
