using FluentValidation;

namespace Pixyer.Application.Features.Retention.AnonymizeExpiredAccounts;

public sealed class AnonymizeExpiredAccountsCommandValidator : AbstractValidator<AnonymizeExpiredAccountsCommand>
{
    public AnonymizeExpiredAccountsCommandValidator() =>
        RuleFor(c => c.BatchSize).InclusiveBetween(1, AnonymizeExpiredAccountsCommand.MaxBatchSize);
}
