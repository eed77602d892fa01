using FluentValidation;
using Pixyer.Application.Common.Behaviors;
using static Pixyer.Application.UnitTests.TestPipeline;

namespace Pixyer.Application.UnitTests.Behaviors;

public sealed class ValidationBehaviorTests
{
    private static readonly IValidator<ValidatedTestCommand>[] Validators =
    [
        new InlineValidator<ValidatedTestCommand> { v => v.RuleFor(c => c.Name).NotEmpty() },
        new InlineValidator<ValidatedTestCommand> { v => v.RuleFor(c => c.Age).GreaterThan(0) },
    ];

    // Each error must appear once. Sharing one ValidationContext across validators makes FluentValidation
    // return the context's accumulated failures from every later validator, so earlier errors repeat.
    [Fact]
    public async Task Handle_WhenTwoValidatorsFail_ShouldReportTheErrorsOfBothAtOnce()
    {
        var next = new Next<ValidatedTestCommand>();
        var behavior = new ValidationBehavior<ValidatedTestCommand, string>(Validators);

        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => behavior.Handle(new ValidatedTestCommand("", 0), next.Delegate, CancellationToken.None).AsTask());

        Assert.Equal(
            [nameof(ValidatedTestCommand.Age), nameof(ValidatedTestCommand.Name)],
            exception.Errors.Select(e => e.PropertyName).Order());
        Assert.Equal(0, next.Calls);
    }

    [Fact]
    public async Task Handle_WhenOnlyTheSecondValidatorFails_ShouldReportItsError()
    {
        var next = new Next<ValidatedTestCommand>();
        var behavior = new ValidationBehavior<ValidatedTestCommand, string>(Validators);

        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => behavior.Handle(new ValidatedTestCommand("Ann", -1), next.Delegate, CancellationToken.None).AsTask());

        Assert.Equal(nameof(ValidatedTestCommand.Age), Assert.Single(exception.Errors).PropertyName);
        Assert.Equal(0, next.Calls);
    }

    [Fact]
    public async Task Handle_WhenEveryValidatorPasses_ShouldCallTheHandler()
    {
        var next = new Next<ValidatedTestCommand>();
        var behavior = new ValidationBehavior<ValidatedTestCommand, string>(Validators);

        var response = await behavior.Handle(new ValidatedTestCommand("Ann", 30), next.Delegate, CancellationToken.None);

        Assert.Equal(HandlerResponse, response);
        Assert.Equal(1, next.Calls);
    }
}
