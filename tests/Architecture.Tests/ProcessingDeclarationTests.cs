using System.Reflection;
using Pixyer.Application.Common.Processing;
using Pixyer.Application.Common.Requests;
using static Pixyer.Architecture.Tests.ArchitectureSupport;

namespace Pixyer.Architecture.Tests;

[Trait("Obligation", "U1")]
[Trait("Obligation", "U10")]
public sealed class ProcessingDeclarationTests
{
    [Fact]
    public void Requests_WhenDeclared_ShouldDeclareWhoMaySendThem()
    {
        Assert.NotEmpty(RequestTypes);

        var undeclared = RequestTypes.Where(t => t.GetCustomAttribute<AccessAttribute>() is null).ToList();

        Assert.True(undeclared.Count == 0, $"Requests without [Access]: {Describe(undeclared)}");
    }

    [Fact]
    public void Requests_WhenDeclared_ShouldDeclareTheirProcessingActivity()
    {
        Assert.NotEmpty(RequestTypes);

        var undeclared = RequestTypes.Where(t => t.GetCustomAttribute<ProcessingAttribute>() is null).ToList();

        Assert.True(undeclared.Count == 0, $"Requests without [Processing]: {Describe(undeclared)}");
    }

    [Fact]
    public void Requests_WhenDeclaringProcessing_ShouldNameTheirDataCategories()
    {
        Assert.NotEmpty(RequestTypes);

        var uncategorized = RequestTypes
            .Where(t => t.GetCustomAttribute<ProcessingAttribute>() is { DataCategories.Count: 0 })
            .ToList();

        Assert.True(uncategorized.Count == 0, $"Requests whose [Processing] names no data category: {Describe(uncategorized)}");
    }
}
